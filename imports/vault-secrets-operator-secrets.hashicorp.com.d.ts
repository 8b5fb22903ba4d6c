import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * VaultAuth is the Schema for the vaultauths API
 *
 * @schema VaultAuth
 */
export declare class VaultAuth extends ApiObject {
    /**
     * Returns the apiVersion and kind for "VaultAuth"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "VaultAuth".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: VaultAuthProps): any;
    /**
     * Defines a "VaultAuth" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: VaultAuthProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * VaultAuth is the Schema for the vaultauths API
 *
 * @schema VaultAuth
 */
export interface VaultAuthProps {
    /**
     * @schema VaultAuth#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * VaultAuthSpec defines the desired state of VaultAuth
     *
     * @schema VaultAuth#spec
     */
    readonly spec?: VaultAuthSpec;
}
/**
 * Converts an object of type 'VaultAuthProps' to JSON representation.
 */
export declare function toJson_VaultAuthProps(obj: VaultAuthProps | undefined): Record<string, any> | undefined;
/**
 * VaultAuthSpec defines the desired state of VaultAuth
 *
 * @schema VaultAuthSpec
 */
export interface VaultAuthSpec {
    /**
     * AllowedNamespaces Kubernetes Namespaces which are allow-listed for use with this AuthMethod.
     * This field allows administrators to customize which Kubernetes namespaces are authorized to
     * use with this AuthMethod. While Vault will still enforce its own rules, this has the added
     * configurability of restricting which VaultAuthMethods can be used by which namespaces.
     * You only need to set allowedNamespaces when you want to control access from a resource in
     * a different namespace than the VaultAuth it references. Secret resources in
     * the same namespace as the VaultAuth bypass this check.
     * Accepted values:
     * []{"*"} - wildcard, all namespaces.
     * []{"a", "b"} - list of namespaces.
     * unset - disallow all namespaces except the Operator's the VaultAuthMethod's namespace, this
     * is the default behavior.
     *
     * @schema VaultAuthSpec#allowedNamespaces
     */
    readonly allowedNamespaces?: string[];
    /**
     * AppRole specific auth configuration, requires that the Method be set to `appRole`.
     *
     * @schema VaultAuthSpec#appRole
     */
    readonly appRole?: VaultAuthSpecAppRole;
    /**
     * AWS specific auth configuration, requires that Method be set to `aws`.
     *
     * @schema VaultAuthSpec#aws
     */
    readonly aws?: VaultAuthSpecAws;
    /**
     * GCP specific auth configuration, requires that Method be set to `gcp`.
     *
     * @schema VaultAuthSpec#gcp
     */
    readonly gcp?: VaultAuthSpecGcp;
    /**
     * Headers to be included in all Vault requests.
     *
     * @schema VaultAuthSpec#headers
     */
    readonly headers?: {
        [key: string]: string;
    };
    /**
     * JWT specific auth configuration, requires that the Method be set to `jwt`.
     *
     * @schema VaultAuthSpec#jwt
     */
    readonly jwt?: VaultAuthSpecJwt;
    /**
     * Kubernetes specific auth configuration, requires that the Method be set to `kubernetes`.
     *
     * @schema VaultAuthSpec#kubernetes
     */
    readonly kubernetes?: VaultAuthSpecKubernetes;
    /**
     * Method to use when authenticating to Vault.
     *
     * @schema VaultAuthSpec#method
     */
    readonly method?: VaultAuthSpecMethod;
    /**
     * Mount to use when authenticating to auth method.
     *
     * @schema VaultAuthSpec#mount
     */
    readonly mount?: string;
    /**
     * Namespace to auth to in Vault
     *
     * @schema VaultAuthSpec#namespace
     */
    readonly namespace?: string;
    /**
     * Params to use when authenticating to Vault
     *
     * @schema VaultAuthSpec#params
     */
    readonly params?: {
        [key: string]: string;
    };
    /**
     * StorageEncryption provides the necessary configuration to encrypt the client storage cache.
     * This should only be configured when client cache persistence with encryption is enabled.
     * This is done by passing setting the manager's commandline argument
     * --client-cache-persistence-model=direct-encrypted. Typically, there should only ever
     * be one VaultAuth configured with StorageEncryption in the Cluster, and it should have
     * the label: cacheStorageEncryption=true
     *
     * @schema VaultAuthSpec#storageEncryption
     */
    readonly storageEncryption?: VaultAuthSpecStorageEncryption;
    /**
     * VaultAuthGlobalRef.
     *
     * @schema VaultAuthSpec#vaultAuthGlobalRef
     */
    readonly vaultAuthGlobalRef?: VaultAuthSpecVaultAuthGlobalRef;
    /**
     * VaultConnectionRef to the VaultConnection resource, can be prefixed with a namespace,
     * eg: `namespaceA/vaultConnectionRefB`. If no namespace prefix is provided it will default to
     * the namespace of the VaultConnection CR. If no value is specified for VaultConnectionRef the
     * Operator will default to the `default` VaultConnection, configured in the operator's namespace.
     *
     * @schema VaultAuthSpec#vaultConnectionRef
     */
    readonly vaultConnectionRef?: string;
}
/**
 * Converts an object of type 'VaultAuthSpec' to JSON representation.
 */
export declare function toJson_VaultAuthSpec(obj: VaultAuthSpec | undefined): Record<string, any> | undefined;
/**
 * AppRole specific auth configuration, requires that the Method be set to `appRole`.
 *
 * @schema VaultAuthSpecAppRole
 */
export interface VaultAuthSpecAppRole {
    /**
     * RoleID of the AppRole Role to use for authenticating to Vault.
     *
     * @schema VaultAuthSpecAppRole#roleId
     */
    readonly roleId?: string;
    /**
     * SecretIDPath is a file system path pointing to a file containing the plaintext Secret ID for the
     * AppRole Role to use for authenticating to Vault.
     * SecretIDPath and SecretRef are mutually exclusive, and only one should be specified.
     *
     * @schema VaultAuthSpecAppRole#secretIDPath
     */
    readonly secretIdPath?: string;
    /**
     * SecretRef is the name of a Kubernetes secret in the consumer's (VDS/VSS/PKI) namespace which
     * provides the AppRole Role's SecretID. The secret must have a key named `id` which holds the
     * AppRole Role's secretID.
     * SecretIDPath and SecretRef are mutually exclusive, and only one should be specified.
     *
     * @schema VaultAuthSpecAppRole#secretRef
     */
    readonly secretRef?: string;
}
/**
 * Converts an object of type 'VaultAuthSpecAppRole' to JSON representation.
 */
export declare function toJson_VaultAuthSpecAppRole(obj: VaultAuthSpecAppRole | undefined): Record<string, any> | undefined;
/**
 * AWS specific auth configuration, requires that Method be set to `aws`.
 *
 * @schema VaultAuthSpecAws
 */
export interface VaultAuthSpecAws {
    /**
     * The Vault header value to include in the STS signing request
     *
     * @schema VaultAuthSpecAws#headerValue
     */
    readonly headerValue?: string;
    /**
     * The IAM endpoint to use; if not set will use the default
     *
     * @schema VaultAuthSpecAws#iamEndpoint
     */
    readonly iamEndpoint?: string;
    /**
     * IRSAServiceAccount name to use with IAM Roles for Service Accounts
     * (IRSA), and should be annotated with "eks.amazonaws.com/role-arn". This
     * ServiceAccount will be checked for other EKS annotations:
     * eks.amazonaws.com/audience and eks.amazonaws.com/token-expiration
     *
     * @schema VaultAuthSpecAws#irsaServiceAccount
     */
    readonly irsaServiceAccount?: string;
    /**
     * AWS Region to use for signing the authentication request
     *
     * @schema VaultAuthSpecAws#region
     */
    readonly region?: string;
    /**
     * Vault role to use for authenticating
     *
     * @schema VaultAuthSpecAws#role
     */
    readonly role?: string;
    /**
     * SecretRef is the name of a Kubernetes Secret in the consumer's (VDS/VSS/PKI) namespace
     * which holds credentials for AWS. Expected keys include `access_key_id`, `secret_access_key`,
     * `session_token`
     *
     * @schema VaultAuthSpecAws#secretRef
     */
    readonly secretRef?: string;
    /**
     * The role session name to use when creating a webidentity provider
     *
     * @schema VaultAuthSpecAws#sessionName
     */
    readonly sessionName?: string;
    /**
     * The STS endpoint to use; if not set will use the default
     *
     * @schema VaultAuthSpecAws#stsEndpoint
     */
    readonly stsEndpoint?: string;
}
/**
 * Converts an object of type 'VaultAuthSpecAws' to JSON representation.
 */
export declare function toJson_VaultAuthSpecAws(obj: VaultAuthSpecAws | undefined): Record<string, any> | undefined;
/**
 * GCP specific auth configuration, requires that Method be set to `gcp`.
 *
 * @schema VaultAuthSpecGcp
 */
export interface VaultAuthSpecGcp {
    /**
     * GKE cluster name. Defaults to the cluster-name returned from the operator
     * pod's local metadata server.
     *
     * @default the cluster-name returned from the operator
     * @schema VaultAuthSpecGcp#clusterName
     */
    readonly clusterName?: string;
    /**
     * GCP project ID. Defaults to the project-id returned from the operator
     * pod's local metadata server.
     *
     * @default the project-id returned from the operator
     * @schema VaultAuthSpecGcp#projectID
     */
    readonly projectId?: string;
    /**
     * GCP Region of the GKE cluster's identity provider. Defaults to the region
     * returned from the operator pod's local metadata server.
     *
     * @default the region
     * @schema VaultAuthSpecGcp#region
     */
    readonly region?: string;
    /**
     * Vault role to use for authenticating
     *
     * @schema VaultAuthSpecGcp#role
     */
    readonly role?: string;
    /**
     * WorkloadIdentityServiceAccount is the name of a Kubernetes service
     * account (in the same Kubernetes namespace as the Vault*Secret referencing
     * this resource) which has been configured for workload identity in GKE.
     * Should be annotated with "iam.gke.io/gcp-service-account".
     *
     * @schema VaultAuthSpecGcp#workloadIdentityServiceAccount
     */
    readonly workloadIdentityServiceAccount?: string;
}
/**
 * Converts an object of type 'VaultAuthSpecGcp' to JSON representation.
 */
export declare function toJson_VaultAuthSpecGcp(obj: VaultAuthSpecGcp | undefined): Record<string, any> | undefined;
/**
 * JWT specific auth configuration, requires that the Method be set to `jwt`.
 *
 * @schema VaultAuthSpecJwt
 */
export interface VaultAuthSpecJwt {
    /**
     * TokenAudiences to include in the ServiceAccount token.
     *
     * @schema VaultAuthSpecJwt#audiences
     */
    readonly audiences?: string[];
    /**
     * Role to use for authenticating to Vault.
     *
     * @schema VaultAuthSpecJwt#role
     */
    readonly role?: string;
    /**
     * SecretRef is the name of a Kubernetes secret in the consumer's (VDS/VSS/PKI) namespace which
     * provides the JWT token to authenticate to Vault's JWT authentication backend. The secret must
     * have a key named `jwt` which holds the JWT token.
     *
     * @schema VaultAuthSpecJwt#secretRef
     */
    readonly secretRef?: string;
    /**
     * ServiceAccount to use when creating a ServiceAccount token to authenticate to Vault's
     * JWT authentication backend.
     *
     * @schema VaultAuthSpecJwt#serviceAccount
     */
    readonly serviceAccount?: string;
    /**
     * TokenExpirationSeconds to set the ServiceAccount token.
     *
     * @schema VaultAuthSpecJwt#tokenExpirationSeconds
     */
    readonly tokenExpirationSeconds?: number;
}
/**
 * Converts an object of type 'VaultAuthSpecJwt' to JSON representation.
 */
export declare function toJson_VaultAuthSpecJwt(obj: VaultAuthSpecJwt | undefined): Record<string, any> | undefined;
/**
 * Kubernetes specific auth configuration, requires that the Method be set to `kubernetes`.
 *
 * @schema VaultAuthSpecKubernetes
 */
export interface VaultAuthSpecKubernetes {
    /**
     * TokenAudiences to include in the ServiceAccount token.
     *
     * @schema VaultAuthSpecKubernetes#audiences
     */
    readonly audiences?: string[];
    /**
     * Role to use for authenticating to Vault.
     *
     * @schema VaultAuthSpecKubernetes#role
     */
    readonly role?: string;
    /**
     * ServiceAccount to use when authenticating to Vault's
     * authentication backend. This must reside in the consuming secret's (VDS/VSS/PKI) namespace.
     *
     * @schema VaultAuthSpecKubernetes#serviceAccount
     */
    readonly serviceAccount?: string;
    /**
     * TokenExpirationSeconds to set the ServiceAccount token.
     *
     * @schema VaultAuthSpecKubernetes#tokenExpirationSeconds
     */
    readonly tokenExpirationSeconds?: number;
}
/**
 * Converts an object of type 'VaultAuthSpecKubernetes' to JSON representation.
 */
export declare function toJson_VaultAuthSpecKubernetes(obj: VaultAuthSpecKubernetes | undefined): Record<string, any> | undefined;
/**
 * Method to use when authenticating to Vault.
 *
 * @schema VaultAuthSpecMethod
 */
export declare enum VaultAuthSpecMethod {
    /** kubernetes */
    KUBERNETES = "kubernetes",
    /** jwt */
    JWT = "jwt",
    /** appRole */
    APP_ROLE = "appRole",
    /** aws */
    AWS = "aws",
    /** gcp */
    GCP = "gcp"
}
/**
 * StorageEncryption provides the necessary configuration to encrypt the client storage cache.
 * This should only be configured when client cache persistence with encryption is enabled.
 * This is done by passing setting the manager's commandline argument
 * --client-cache-persistence-model=direct-encrypted. Typically, there should only ever
 * be one VaultAuth configured with StorageEncryption in the Cluster, and it should have
 * the label: cacheStorageEncryption=true
 *
 * @schema VaultAuthSpecStorageEncryption
 */
export interface VaultAuthSpecStorageEncryption {
    /**
     * KeyName to use for encrypt/decrypt operations via Vault Transit.
     *
     * @schema VaultAuthSpecStorageEncryption#keyName
     */
    readonly keyName: string;
    /**
     * Mount path of the Transit engine in Vault.
     *
     * @schema VaultAuthSpecStorageEncryption#mount
     */
    readonly mount: string;
}
/**
 * Converts an object of type 'VaultAuthSpecStorageEncryption' to JSON representation.
 */
export declare function toJson_VaultAuthSpecStorageEncryption(obj: VaultAuthSpecStorageEncryption | undefined): Record<string, any> | undefined;
/**
 * VaultAuthGlobalRef.
 *
 * @schema VaultAuthSpecVaultAuthGlobalRef
 */
export interface VaultAuthSpecVaultAuthGlobalRef {
    /**
     * AllowDefault when set to true will use the default VaultAuthGlobal resource
     * as the default if Name is not set. The 'allow-default-globals' option must be
     * set on the operator's '-global-vault-auth-options' flag
     *
     * The default VaultAuthGlobal search is conditional.
     * When a ref Namespace is set, the search for the default
     * VaultAuthGlobal resource is constrained to that namespace.
     * Otherwise, the search order is:
     * 1. The default VaultAuthGlobal resource in the referring VaultAuth resource's
     * namespace.
     * 2. The default VaultAuthGlobal resource in the Operator's namespace.
     *
     * @schema VaultAuthSpecVaultAuthGlobalRef#allowDefault
     */
    readonly allowDefault?: boolean;
    /**
     * MergeStrategy configures the merge strategy for HTTP headers and parameters
     * that are included in all Vault authentication requests.
     *
     * @schema VaultAuthSpecVaultAuthGlobalRef#mergeStrategy
     */
    readonly mergeStrategy?: VaultAuthSpecVaultAuthGlobalRefMergeStrategy;
    /**
     * Name of the VaultAuthGlobal resource.
     *
     * @schema VaultAuthSpecVaultAuthGlobalRef#name
     */
    readonly name?: string;
    /**
     * Namespace of the VaultAuthGlobal resource. If not provided, the namespace of
     * the referring VaultAuth resource is used.
     *
     * @schema VaultAuthSpecVaultAuthGlobalRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'VaultAuthSpecVaultAuthGlobalRef' to JSON representation.
 */
export declare function toJson_VaultAuthSpecVaultAuthGlobalRef(obj: VaultAuthSpecVaultAuthGlobalRef | undefined): Record<string, any> | undefined;
/**
 * MergeStrategy configures the merge strategy for HTTP headers and parameters
 * that are included in all Vault authentication requests.
 *
 * @schema VaultAuthSpecVaultAuthGlobalRefMergeStrategy
 */
export interface VaultAuthSpecVaultAuthGlobalRefMergeStrategy {
    /**
     * Headers configures the merge strategy for HTTP headers that are included in
     * all Vault requests. Choices are `union`, `replace`, or `none`.
     *
     * If `union` is set, the headers from the VaultAuthGlobal and VaultAuth
     * resources are merged. The headers from the VaultAuth always take precedence.
     *
     * If `replace` is set, the first set of non-empty headers taken in order from:
     * VaultAuth, VaultAuthGlobal auth method, VaultGlobal default headers.
     *
     * If `none` is set, the headers from the
     * VaultAuthGlobal resource are ignored and only the headers from the VaultAuth
     * resource are used. The default is `none`.
     *
     * @schema VaultAuthSpecVaultAuthGlobalRefMergeStrategy#headers
     */
    readonly headers?: VaultAuthSpecVaultAuthGlobalRefMergeStrategyHeaders;
    /**
     * Params configures the merge strategy for HTTP parameters that are included in
     * all Vault requests. Choices are `union`, `replace`, or `none`.
     *
     * If `union` is set, the parameters from the VaultAuthGlobal and VaultAuth
     * resources are merged. The parameters from the VaultAuth always take
     * precedence.
     *
     * If `replace` is set, the first set of non-empty parameters taken in order from:
     * VaultAuth, VaultAuthGlobal auth method, VaultGlobal default parameters.
     *
     * If `none` is set, the parameters from the VaultAuthGlobal resource are ignored
     * and only the parameters from the VaultAuth resource are used. The default is
     * `none`.
     *
     * @schema VaultAuthSpecVaultAuthGlobalRefMergeStrategy#params
     */
    readonly params?: VaultAuthSpecVaultAuthGlobalRefMergeStrategyParams;
}
/**
 * Converts an object of type 'VaultAuthSpecVaultAuthGlobalRefMergeStrategy' to JSON representation.
 */
export declare function toJson_VaultAuthSpecVaultAuthGlobalRefMergeStrategy(obj: VaultAuthSpecVaultAuthGlobalRefMergeStrategy | undefined): Record<string, any> | undefined;
/**
 * Headers configures the merge strategy for HTTP headers that are included in
 * all Vault requests. Choices are `union`, `replace`, or `none`.
 *
 * If `union` is set, the headers from the VaultAuthGlobal and VaultAuth
 * resources are merged. The headers from the VaultAuth always take precedence.
 *
 * If `replace` is set, the first set of non-empty headers taken in order from:
 * VaultAuth, VaultAuthGlobal auth method, VaultGlobal default headers.
 *
 * If `none` is set, the headers from the
 * VaultAuthGlobal resource are ignored and only the headers from the VaultAuth
 * resource are used. The default is `none`.
 *
 * @schema VaultAuthSpecVaultAuthGlobalRefMergeStrategyHeaders
 */
export declare enum VaultAuthSpecVaultAuthGlobalRefMergeStrategyHeaders {
    /** union */
    UNION = "union",
    /** replace */
    REPLACE = "replace",
    /** none */
    NONE = "none"
}
/**
 * Params configures the merge strategy for HTTP parameters that are included in
 * all Vault requests. Choices are `union`, `replace`, or `none`.
 *
 * If `union` is set, the parameters from the VaultAuthGlobal and VaultAuth
 * resources are merged. The parameters from the VaultAuth always take
 * precedence.
 *
 * If `replace` is set, the first set of non-empty parameters taken in order from:
 * VaultAuth, VaultAuthGlobal auth method, VaultGlobal default parameters.
 *
 * If `none` is set, the parameters from the VaultAuthGlobal resource are ignored
 * and only the parameters from the VaultAuth resource are used. The default is
 * `none`.
 *
 * @schema VaultAuthSpecVaultAuthGlobalRefMergeStrategyParams
 */
export declare enum VaultAuthSpecVaultAuthGlobalRefMergeStrategyParams {
    /** union */
    UNION = "union",
    /** replace */
    REPLACE = "replace",
    /** none */
    NONE = "none"
}
/**
 * VaultConnection is the Schema for the vaultconnections API
 *
 * @schema VaultConnection
 */
export declare class VaultConnection extends ApiObject {
    /**
     * Returns the apiVersion and kind for "VaultConnection"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "VaultConnection".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: VaultConnectionProps): any;
    /**
     * Defines a "VaultConnection" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: VaultConnectionProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * VaultConnection is the Schema for the vaultconnections API
 *
 * @schema VaultConnection
 */
export interface VaultConnectionProps {
    /**
     * @schema VaultConnection#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * VaultConnectionSpec defines the desired state of VaultConnection
     *
     * @schema VaultConnection#spec
     */
    readonly spec?: VaultConnectionSpec;
}
/**
 * Converts an object of type 'VaultConnectionProps' to JSON representation.
 */
export declare function toJson_VaultConnectionProps(obj: VaultConnectionProps | undefined): Record<string, any> | undefined;
/**
 * VaultConnectionSpec defines the desired state of VaultConnection
 *
 * @schema VaultConnectionSpec
 */
export interface VaultConnectionSpec {
    /**
     * Address of the Vault server
     *
     * @schema VaultConnectionSpec#address
     */
    readonly address: string;
    /**
     * CACertPath is the path to a trusted PEM-encoded CA certificate file on the filesystem that can be used to validate
     * the certificate presented by the Vault server.
     * CACertPath and CACertSecretRef are mutually exclusive, and only one should be specified.
     *
     * @schema VaultConnectionSpec#caCertPath
     */
    readonly caCertPath?: string;
    /**
     * CACertSecretRef is the name of a Kubernetes secret containing the trusted PEM encoded CA certificate chain as `ca.crt`.
     * CACertPath and CACertSecretRef are mutually exclusive, and only one should be specified.
     *
     * @schema VaultConnectionSpec#caCertSecretRef
     */
    readonly caCertSecretRef?: string;
    /**
     * Headers to be included in all Vault requests.
     *
     * @schema VaultConnectionSpec#headers
     */
    readonly headers?: {
        [key: string]: string;
    };
    /**
     * SkipTLSVerify for TLS connections.
     *
     * @schema VaultConnectionSpec#skipTLSVerify
     */
    readonly skipTlsVerify: boolean;
    /**
     * Timeout applied to all Vault requests for this connection. If not set, the
     * default timeout from the Vault API client config is used.
     *
     * @schema VaultConnectionSpec#timeout
     */
    readonly timeout?: string;
    /**
     * TLSServerName to use as the SNI host for TLS connections.
     *
     * @schema VaultConnectionSpec#tlsServerName
     */
    readonly tlsServerName?: string;
}
/**
 * Converts an object of type 'VaultConnectionSpec' to JSON representation.
 */
export declare function toJson_VaultConnectionSpec(obj: VaultConnectionSpec | undefined): Record<string, any> | undefined;
/**
 * VaultStaticSecret is the Schema for the vaultstaticsecrets API
 *
 * @schema VaultStaticSecret
 */
export declare class VaultStaticSecret extends ApiObject {
    /**
     * Returns the apiVersion and kind for "VaultStaticSecret"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "VaultStaticSecret".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: VaultStaticSecretProps): any;
    /**
     * Defines a "VaultStaticSecret" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: VaultStaticSecretProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * VaultStaticSecret is the Schema for the vaultstaticsecrets API
 *
 * @schema VaultStaticSecret
 */
export interface VaultStaticSecretProps {
    /**
     * @schema VaultStaticSecret#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * VaultStaticSecretSpec defines the desired state of VaultStaticSecret
     *
     * @schema VaultStaticSecret#spec
     */
    readonly spec?: VaultStaticSecretSpec;
}
/**
 * Converts an object of type 'VaultStaticSecretProps' to JSON representation.
 */
export declare function toJson_VaultStaticSecretProps(obj: VaultStaticSecretProps | undefined): Record<string, any> | undefined;
/**
 * VaultStaticSecretSpec defines the desired state of VaultStaticSecret
 *
 * @schema VaultStaticSecretSpec
 */
export interface VaultStaticSecretSpec {
    /**
     * Destination provides configuration necessary for syncing the Vault secret to Kubernetes.
     *
     * @schema VaultStaticSecretSpec#destination
     */
    readonly destination: VaultStaticSecretSpecDestination;
    /**
     * HMACSecretData determines whether the Operator computes the
     * HMAC of the Secret's data. The MAC value will be stored in
     * the resource's Status.SecretMac field, and will be used for drift detection
     * and during incoming Vault secret comparison.
     * Enabling this feature is recommended to ensure that Secret's data stays consistent with Vault.
     *
     * @schema VaultStaticSecretSpec#hmacSecretData
     */
    readonly hmacSecretData?: boolean;
    /**
     * Mount for the secret in Vault
     *
     * @schema VaultStaticSecretSpec#mount
     */
    readonly mount: string;
    /**
     * Namespace of the secrets engine mount in Vault. If not set, the namespace that's
     * part of VaultAuth resource will be inferred.
     *
     * @schema VaultStaticSecretSpec#namespace
     */
    readonly namespace?: string;
    /**
     * Path of the secret in Vault, corresponds to the `path` parameter for:
     * kv-v1: https://developer.hashicorp.com/vault/api-docs/secret/kv/kv-v1#read-secret
     * kv-v2: https://developer.hashicorp.com/vault/api-docs/secret/kv/kv-v2#read-secret-version
     *
     * @schema VaultStaticSecretSpec#path
     */
    readonly path: string;
    /**
     * RefreshAfter a period of time, in duration notation e.g. 30s, 1m, 24h
     *
     * @schema VaultStaticSecretSpec#refreshAfter
     */
    readonly refreshAfter?: string;
    /**
     * RolloutRestartTargets should be configured whenever the application(s) consuming the Vault secret does
     * not support dynamically reloading a rotated secret.
     * In that case one, or more RolloutRestartTarget(s) can be configured here. The Operator will
     * trigger a "rollout-restart" for each target whenever the Vault secret changes between reconciliation events.
     * All configured targets will be ignored if HMACSecretData is set to false.
     * See RolloutRestartTarget for more details.
     *
     * @schema VaultStaticSecretSpec#rolloutRestartTargets
     */
    readonly rolloutRestartTargets?: VaultStaticSecretSpecRolloutRestartTargets[];
    /**
     * SyncConfig configures sync behavior from Vault to VSO
     *
     * @schema VaultStaticSecretSpec#syncConfig
     */
    readonly syncConfig?: VaultStaticSecretSpecSyncConfig;
    /**
     * Type of the Vault static secret
     *
     * @schema VaultStaticSecretSpec#type
     */
    readonly type: VaultStaticSecretSpecType;
    /**
     * VaultAuthRef to the VaultAuth resource, can be prefixed with a namespace,
     * eg: `namespaceA/vaultAuthRefB`. If no namespace prefix is provided it will default to the
     * namespace of the VaultAuth CR. If no value is specified for VaultAuthRef the Operator will
     * default to the `default` VaultAuth, configured in the operator's namespace.
     *
     * @schema VaultStaticSecretSpec#vaultAuthRef
     */
    readonly vaultAuthRef?: string;
    /**
     * Version of the secret to fetch. Only valid for type kv-v2. Corresponds to version query parameter:
     * https://developer.hashicorp.com/vault/api-docs/secret/kv/kv-v2#version
     *
     * @schema VaultStaticSecretSpec#version
     */
    readonly version?: number;
}
/**
 * Converts an object of type 'VaultStaticSecretSpec' to JSON representation.
 */
export declare function toJson_VaultStaticSecretSpec(obj: VaultStaticSecretSpec | undefined): Record<string, any> | undefined;
/**
 * Destination provides configuration necessary for syncing the Vault secret to Kubernetes.
 *
 * @schema VaultStaticSecretSpecDestination
 */
export interface VaultStaticSecretSpecDestination {
    /**
     * Annotations to apply to the Secret. Requires Create to be set to true.
     *
     * @schema VaultStaticSecretSpecDestination#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Create the destination Secret.
     * If the Secret already exists this should be set to false.
     *
     * @schema VaultStaticSecretSpecDestination#create
     */
    readonly create?: boolean;
    /**
     * Labels to apply to the Secret. Requires Create to be set to true.
     *
     * @schema VaultStaticSecretSpecDestination#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Name of the Secret
     *
     * @schema VaultStaticSecretSpecDestination#name
     */
    readonly name: string;
    /**
     * Overwrite the destination Secret if it exists and Create is true. This is
     * useful when migrating to VSO from a previous secret deployment strategy.
     *
     * @schema VaultStaticSecretSpecDestination#overwrite
     */
    readonly overwrite?: boolean;
    /**
     * Transformation provides configuration for transforming the secret data before
     * it is stored in the Destination.
     *
     * @schema VaultStaticSecretSpecDestination#transformation
     */
    readonly transformation?: VaultStaticSecretSpecDestinationTransformation;
    /**
     * Type of Kubernetes Secret. Requires Create to be set to true.
     * Defaults to Opaque.
     *
     * @default Opaque.
     * @schema VaultStaticSecretSpecDestination#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'VaultStaticSecretSpecDestination' to JSON representation.
 */
export declare function toJson_VaultStaticSecretSpecDestination(obj: VaultStaticSecretSpecDestination | undefined): Record<string, any> | undefined;
/**
 * RolloutRestartTarget provides the configuration required to perform a
 * rollout-restart of the supported resources upon Vault Secret rotation.
 * The rollout-restart is triggered by patching the target resource's
 * 'spec.template.metadata.annotations' to include 'vso.secrets.hashicorp.com/restartedAt'
 * with a timestamp value of when the trigger was executed.
 * E.g. vso.secrets.hashicorp.com/restartedAt: "2023-03-23T13:39:31Z"
 *
 * Supported resources: Deployment, DaemonSet, StatefulSet, argo.Rollout
 *
 * @schema VaultStaticSecretSpecRolloutRestartTargets
 */
export interface VaultStaticSecretSpecRolloutRestartTargets {
    /**
     * Kind of the resource
     *
     * @schema VaultStaticSecretSpecRolloutRestartTargets#kind
     */
    readonly kind: VaultStaticSecretSpecRolloutRestartTargetsKind;
    /**
     * Name of the resource
     *
     * @schema VaultStaticSecretSpecRolloutRestartTargets#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'VaultStaticSecretSpecRolloutRestartTargets' to JSON representation.
 */
export declare function toJson_VaultStaticSecretSpecRolloutRestartTargets(obj: VaultStaticSecretSpecRolloutRestartTargets | undefined): Record<string, any> | undefined;
/**
 * SyncConfig configures sync behavior from Vault to VSO
 *
 * @schema VaultStaticSecretSpecSyncConfig
 */
export interface VaultStaticSecretSpecSyncConfig {
    /**
     * InstantUpdates is a flag to indicate that event-driven updates are
     * enabled for this VaultStaticSecret
     *
     * @schema VaultStaticSecretSpecSyncConfig#instantUpdates
     */
    readonly instantUpdates?: boolean;
}
/**
 * Converts an object of type 'VaultStaticSecretSpecSyncConfig' to JSON representation.
 */
export declare function toJson_VaultStaticSecretSpecSyncConfig(obj: VaultStaticSecretSpecSyncConfig | undefined): Record<string, any> | undefined;
/**
 * Type of the Vault static secret
 *
 * @schema VaultStaticSecretSpecType
 */
export declare enum VaultStaticSecretSpecType {
    /** kv-v1 */
    KV_HYPHEN_V1 = "kv-v1",
    /** kv-v2 */
    KV_HYPHEN_V2 = "kv-v2"
}
/**
 * Transformation provides configuration for transforming the secret data before
 * it is stored in the Destination.
 *
 * @schema VaultStaticSecretSpecDestinationTransformation
 */
export interface VaultStaticSecretSpecDestinationTransformation {
    /**
     * ExcludeRaw data from the destination Secret. Exclusion policy can be set
     * globally by including 'exclude-raw` in the '--global-transformation-options'
     * command line flag. If set, the command line flag always takes precedence over
     * this configuration.
     *
     * @schema VaultStaticSecretSpecDestinationTransformation#excludeRaw
     */
    readonly excludeRaw?: boolean;
    /**
     * Excludes contains regex patterns used to filter top-level source secret data
     * fields for exclusion from the final K8s Secret data. These pattern filters are
     * never applied to templated fields as defined in Templates. They are always
     * applied before any inclusion patterns. To exclude all source secret data
     * fields, you can configure the single pattern ".*".
     *
     * @schema VaultStaticSecretSpecDestinationTransformation#excludes
     */
    readonly excludes?: string[];
    /**
     * Includes contains regex patterns used to filter top-level source secret data
     * fields for inclusion in the final K8s Secret data. These pattern filters are
     * never applied to templated fields as defined in Templates. They are always
     * applied last.
     *
     * @schema VaultStaticSecretSpecDestinationTransformation#includes
     */
    readonly includes?: string[];
    /**
     * Templates maps a template name to its Template. Templates are always included
     * in the rendered K8s Secret, and take precedence over templates defined in a
     * SecretTransformation.
     *
     * @schema VaultStaticSecretSpecDestinationTransformation#templates
     */
    readonly templates?: {
        [key: string]: VaultStaticSecretSpecDestinationTransformationTemplates;
    };
    /**
     * TransformationRefs contain references to template configuration from
     * SecretTransformation.
     *
     * @schema VaultStaticSecretSpecDestinationTransformation#transformationRefs
     */
    readonly transformationRefs?: VaultStaticSecretSpecDestinationTransformationTransformationRefs[];
}
/**
 * Converts an object of type 'VaultStaticSecretSpecDestinationTransformation' to JSON representation.
 */
export declare function toJson_VaultStaticSecretSpecDestinationTransformation(obj: VaultStaticSecretSpecDestinationTransformation | undefined): Record<string, any> | undefined;
/**
 * Kind of the resource
 *
 * @schema VaultStaticSecretSpecRolloutRestartTargetsKind
 */
export declare enum VaultStaticSecretSpecRolloutRestartTargetsKind {
    /** Deployment */
    DEPLOYMENT = "Deployment",
    /** DaemonSet */
    DAEMON_SET = "DaemonSet",
    /** StatefulSet */
    STATEFUL_SET = "StatefulSet",
    /** argo.Rollout */
    ARGO_PERIOD_ROLLOUT = "argo.Rollout"
}
/**
 * Template provides templating configuration.
 *
 * @schema VaultStaticSecretSpecDestinationTransformationTemplates
 */
export interface VaultStaticSecretSpecDestinationTransformationTemplates {
    /**
     * Name of the Template
     *
     * @schema VaultStaticSecretSpecDestinationTransformationTemplates#name
     */
    readonly name?: string;
    /**
     * Text contains the Go text template format. The template
     * references attributes from the data structure of the source secret.
     * Refer to https://pkg.go.dev/text/template for more information.
     *
     * @schema VaultStaticSecretSpecDestinationTransformationTemplates#text
     */
    readonly text: string;
}
/**
 * Converts an object of type 'VaultStaticSecretSpecDestinationTransformationTemplates' to JSON representation.
 */
export declare function toJson_VaultStaticSecretSpecDestinationTransformationTemplates(obj: VaultStaticSecretSpecDestinationTransformationTemplates | undefined): Record<string, any> | undefined;
/**
 * TransformationRef contains the configuration for accessing templates from an
 * SecretTransformation resource. TransformationRefs can be shared across all
 * syncable secret custom resources.
 *
 * @schema VaultStaticSecretSpecDestinationTransformationTransformationRefs
 */
export interface VaultStaticSecretSpecDestinationTransformationTransformationRefs {
    /**
     * IgnoreExcludes controls whether to use the SecretTransformation's Excludes
     * data key filters.
     *
     * @schema VaultStaticSecretSpecDestinationTransformationTransformationRefs#ignoreExcludes
     */
    readonly ignoreExcludes?: boolean;
    /**
     * IgnoreIncludes controls whether to use the SecretTransformation's Includes
     * data key filters.
     *
     * @schema VaultStaticSecretSpecDestinationTransformationTransformationRefs#ignoreIncludes
     */
    readonly ignoreIncludes?: boolean;
    /**
     * Name of the SecretTransformation resource.
     *
     * @schema VaultStaticSecretSpecDestinationTransformationTransformationRefs#name
     */
    readonly name: string;
    /**
     * Namespace of the SecretTransformation resource.
     *
     * @schema VaultStaticSecretSpecDestinationTransformationTransformationRefs#namespace
     */
    readonly namespace?: string;
    /**
     * TemplateRefs map to a Template found in this TransformationRef. If empty, then
     * all templates from the SecretTransformation will be rendered to the K8s Secret.
     *
     * @schema VaultStaticSecretSpecDestinationTransformationTransformationRefs#templateRefs
     */
    readonly templateRefs?: VaultStaticSecretSpecDestinationTransformationTransformationRefsTemplateRefs[];
}
/**
 * Converts an object of type 'VaultStaticSecretSpecDestinationTransformationTransformationRefs' to JSON representation.
 */
export declare function toJson_VaultStaticSecretSpecDestinationTransformationTransformationRefs(obj: VaultStaticSecretSpecDestinationTransformationTransformationRefs | undefined): Record<string, any> | undefined;
/**
 * TemplateRef points to templating text that is stored in a
 * SecretTransformation custom resource.
 *
 * @schema VaultStaticSecretSpecDestinationTransformationTransformationRefsTemplateRefs
 */
export interface VaultStaticSecretSpecDestinationTransformationTransformationRefsTemplateRefs {
    /**
     * KeyOverride to the rendered template in the Destination secret. If Key is
     * empty, then the Key from reference spec will be used. Set this to override the
     * Key set from the reference spec.
     *
     * @schema VaultStaticSecretSpecDestinationTransformationTransformationRefsTemplateRefs#keyOverride
     */
    readonly keyOverride?: string;
    /**
     * Name of the Template in SecretTransformationSpec.Templates.
     * the rendered secret data.
     *
     * @schema VaultStaticSecretSpecDestinationTransformationTransformationRefsTemplateRefs#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'VaultStaticSecretSpecDestinationTransformationTransformationRefsTemplateRefs' to JSON representation.
 */
export declare function toJson_VaultStaticSecretSpecDestinationTransformationTransformationRefsTemplateRefs(obj: VaultStaticSecretSpecDestinationTransformationTransformationRefsTemplateRefs | undefined): Record<string, any> | undefined;
