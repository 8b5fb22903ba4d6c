import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 *
 *
 * @schema Keycloak
 */
export declare class Keycloak extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Keycloak"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Keycloak".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: KeycloakProps): any;
    /**
     * Defines a "Keycloak" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: KeycloakProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema Keycloak
 */
export interface KeycloakProps {
    /**
     * @schema Keycloak#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema Keycloak#spec
     */
    readonly spec?: KeycloakSpec;
}
/**
 * Converts an object of type 'KeycloakProps' to JSON representation.
 */
export declare function toJson_KeycloakProps(obj: KeycloakProps | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpec
 */
export interface KeycloakSpec {
    /**
     * Configuration of the Keycloak server.
     * expressed as a keys (reference: https://www.keycloak.org/server/all-config) and values that can be either direct values or references to secrets.
     *
     * @schema KeycloakSpec#additionalOptions
     */
    readonly additionalOptions?: KeycloakSpecAdditionalOptions[];
    /**
     * In this section you can configure Keycloak's bootstrap admin - will be used only for inital cluster creation.
     *
     * @schema KeycloakSpec#bootstrapAdmin
     */
    readonly bootstrapAdmin?: KeycloakSpecBootstrapAdmin;
    /**
     * In this section you can configure Keycloak's cache
     *
     * @schema KeycloakSpec#cache
     */
    readonly cache?: KeycloakSpecCache;
    /**
     * In this section you can find all properties related to connect to a database.
     *
     * @schema KeycloakSpec#db
     */
    readonly db?: KeycloakSpecDb;
    /**
     * In this section you can configure Keycloak features, which should be enabled/disabled.
     *
     * @schema KeycloakSpec#features
     */
    readonly features?: KeycloakSpecFeatures;
    /**
     * In this section you can configure Keycloak hostname and related properties.
     *
     * @schema KeycloakSpec#hostname
     */
    readonly hostname?: KeycloakSpecHostname;
    /**
     * In this section you can configure Keycloak features related to HTTP and HTTPS
     *
     * @schema KeycloakSpec#http
     */
    readonly http?: KeycloakSpecHttp;
    /**
     * In this section you can configure Keycloak's management interface setting.
     *
     * @schema KeycloakSpec#httpManagement
     */
    readonly httpManagement?: KeycloakSpecHttpManagement;
    /**
     * Custom Keycloak image to be used.
     *
     * @schema KeycloakSpec#image
     */
    readonly image?: string;
    /**
     * Secret(s) that might be used when pulling an image from a private container image registry or repository.
     *
     * @schema KeycloakSpec#imagePullSecrets
     */
    readonly imagePullSecrets?: KeycloakSpecImagePullSecrets[];
    /**
     * The deployment is, by default, exposed through a basic ingress.
     * You can change this behaviour by setting the enabled property to false.
     *
     * @schema KeycloakSpec#ingress
     */
    readonly ingress?: KeycloakSpecIngress;
    /**
     * Number of Keycloak instances. Default is 1.
     *
     * @default 1.
     * @schema KeycloakSpec#instances
     */
    readonly instances?: number;
    /**
     * In this section you can configure Keycloak's reverse proxy setting
     *
     * @schema KeycloakSpec#proxy
     */
    readonly proxy?: KeycloakSpecProxy;
    /**
     * Compute Resources required by Keycloak container
     *
     * @schema KeycloakSpec#resources
     */
    readonly resources?: KeycloakSpecResources;
    /**
     * In this section you can configure Keycloak's scheduling
     *
     * @schema KeycloakSpec#scheduling
     */
    readonly scheduling?: KeycloakSpecScheduling;
    /**
     * Set to force the behavior of the --optimized flag for the start command. If left unspecified the operator will assume custom images have already been augmented.
     *
     * @schema KeycloakSpec#startOptimized
     */
    readonly startOptimized?: boolean;
    /**
     * In this section you can find all properties related to the settings of transaction behavior.
     *
     * @schema KeycloakSpec#transaction
     */
    readonly transaction?: KeycloakSpecTransaction;
    /**
     * In this section you can configure Keycloak truststores.
     *
     * @schema KeycloakSpec#truststores
     */
    readonly truststores?: {
        [key: string]: KeycloakSpecTruststores;
    };
    /**
     * In this section you can configure podTemplate advanced features, not production-ready, and not supported settings.
     * Use at your own risk and open an issue with your use-case if you don't find an alternative way.
     *
     * @schema KeycloakSpec#unsupported
     */
    readonly unsupported?: KeycloakSpecUnsupported;
}
/**
 * Converts an object of type 'KeycloakSpec' to JSON representation.
 */
export declare function toJson_KeycloakSpec(obj: KeycloakSpec | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecAdditionalOptions
 */
export interface KeycloakSpecAdditionalOptions {
    /**
     * @schema KeycloakSpecAdditionalOptions#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecAdditionalOptions#secret
     */
    readonly secret?: KeycloakSpecAdditionalOptionsSecret;
    /**
     * @schema KeycloakSpecAdditionalOptions#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KeycloakSpecAdditionalOptions' to JSON representation.
 */
export declare function toJson_KeycloakSpecAdditionalOptions(obj: KeycloakSpecAdditionalOptions | undefined): Record<string, any> | undefined;
/**
 * In this section you can configure Keycloak's bootstrap admin - will be used only for inital cluster creation.
 *
 * @schema KeycloakSpecBootstrapAdmin
 */
export interface KeycloakSpecBootstrapAdmin {
    /**
     * Configures the bootstrap admin service account
     *
     * @schema KeycloakSpecBootstrapAdmin#service
     */
    readonly service?: KeycloakSpecBootstrapAdminService;
    /**
     * Configures the bootstrap admin user
     *
     * @schema KeycloakSpecBootstrapAdmin#user
     */
    readonly user?: KeycloakSpecBootstrapAdminUser;
}
/**
 * Converts an object of type 'KeycloakSpecBootstrapAdmin' to JSON representation.
 */
export declare function toJson_KeycloakSpecBootstrapAdmin(obj: KeycloakSpecBootstrapAdmin | undefined): Record<string, any> | undefined;
/**
 * In this section you can configure Keycloak's cache
 *
 * @schema KeycloakSpecCache
 */
export interface KeycloakSpecCache {
    /**
     * @schema KeycloakSpecCache#configMapFile
     */
    readonly configMapFile?: KeycloakSpecCacheConfigMapFile;
}
/**
 * Converts an object of type 'KeycloakSpecCache' to JSON representation.
 */
export declare function toJson_KeycloakSpecCache(obj: KeycloakSpecCache | undefined): Record<string, any> | undefined;
/**
 * In this section you can find all properties related to connect to a database.
 *
 * @schema KeycloakSpecDb
 */
export interface KeycloakSpecDb {
    /**
     * Sets the database name of the default JDBC URL of the chosen vendor. If the `url` option is set, this option is ignored.
     *
     * @schema KeycloakSpecDb#database
     */
    readonly database?: string;
    /**
     * Sets the hostname of the default JDBC URL of the chosen vendor. If the `url` option is set, this option is ignored.
     *
     * @schema KeycloakSpecDb#host
     */
    readonly host?: string;
    /**
     * The reference to a secret holding the password of the database user.
     *
     * @schema KeycloakSpecDb#passwordSecret
     */
    readonly passwordSecret?: KeycloakSpecDbPasswordSecret;
    /**
     * The initial size of the connection pool.
     *
     * @schema KeycloakSpecDb#poolInitialSize
     */
    readonly poolInitialSize?: number;
    /**
     * The maximum size of the connection pool.
     *
     * @schema KeycloakSpecDb#poolMaxSize
     */
    readonly poolMaxSize?: number;
    /**
     * The minimal size of the connection pool.
     *
     * @schema KeycloakSpecDb#poolMinSize
     */
    readonly poolMinSize?: number;
    /**
     * Sets the port of the default JDBC URL of the chosen vendor. If the `url` option is set, this option is ignored.
     *
     * @schema KeycloakSpecDb#port
     */
    readonly port?: number;
    /**
     * The database schema to be used.
     *
     * @schema KeycloakSpecDb#schema
     */
    readonly schema?: string;
    /**
     * The full database JDBC URL. If not provided, a default URL is set based on the selected database vendor. For instance, if using 'postgres', the default JDBC URL would be 'jdbc:postgresql://localhost/keycloak'.
     *
     * @schema KeycloakSpecDb#url
     */
    readonly url?: string;
    /**
     * The reference to a secret holding the username of the database user.
     *
     * @schema KeycloakSpecDb#usernameSecret
     */
    readonly usernameSecret?: KeycloakSpecDbUsernameSecret;
    /**
     * The database vendor.
     *
     * @schema KeycloakSpecDb#vendor
     */
    readonly vendor?: string;
}
/**
 * Converts an object of type 'KeycloakSpecDb' to JSON representation.
 */
export declare function toJson_KeycloakSpecDb(obj: KeycloakSpecDb | undefined): Record<string, any> | undefined;
/**
 * In this section you can configure Keycloak features, which should be enabled/disabled.
 *
 * @schema KeycloakSpecFeatures
 */
export interface KeycloakSpecFeatures {
    /**
     * Disabled Keycloak features
     *
     * @schema KeycloakSpecFeatures#disabled
     */
    readonly disabled?: string[];
    /**
     * Enabled Keycloak features
     *
     * @schema KeycloakSpecFeatures#enabled
     */
    readonly enabled?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecFeatures' to JSON representation.
 */
export declare function toJson_KeycloakSpecFeatures(obj: KeycloakSpecFeatures | undefined): Record<string, any> | undefined;
/**
 * In this section you can configure Keycloak hostname and related properties.
 *
 * @schema KeycloakSpecHostname
 */
export interface KeycloakSpecHostname {
    /**
     * The hostname for accessing the administration console. Applicable for Hostname v1 and v2.
     *
     * @schema KeycloakSpecHostname#admin
     */
    readonly admin?: string;
    /**
     * DEPRECATED. Sets the base URL for accessing the administration console, including scheme, host, port and path. Applicable for Hostname v1.
     *
     * @schema KeycloakSpecHostname#adminUrl
     */
    readonly adminUrl?: string;
    /**
     * Enables dynamic resolving of backchannel URLs, including hostname, scheme, port and context path. Set to true if your application accesses Keycloak via a private network. Applicable for Hostname v2.
     *
     * @schema KeycloakSpecHostname#backchannelDynamic
     */
    readonly backchannelDynamic?: boolean;
    /**
     * Hostname for the Keycloak server. Applicable for Hostname v1 and v2.
     *
     * @schema KeycloakSpecHostname#hostname
     */
    readonly hostname?: string;
    /**
     * Disables dynamically resolving the hostname from request headers. Applicable for Hostname v1 and v2.
     *
     * @schema KeycloakSpecHostname#strict
     */
    readonly strict?: boolean;
    /**
     * DEPRECATED. By default backchannel URLs are dynamically resolved from request headers to allow internal and external applications. Applicable for Hostname v1.
     *
     * @schema KeycloakSpecHostname#strictBackchannel
     */
    readonly strictBackchannel?: boolean;
}
/**
 * Converts an object of type 'KeycloakSpecHostname' to JSON representation.
 */
export declare function toJson_KeycloakSpecHostname(obj: KeycloakSpecHostname | undefined): Record<string, any> | undefined;
/**
 * In this section you can configure Keycloak features related to HTTP and HTTPS
 *
 * @schema KeycloakSpecHttp
 */
export interface KeycloakSpecHttp {
    /**
     * Enables the HTTP listener.
     *
     * @schema KeycloakSpecHttp#httpEnabled
     */
    readonly httpEnabled?: boolean;
    /**
     * The used HTTP port.
     *
     * @schema KeycloakSpecHttp#httpPort
     */
    readonly httpPort?: number;
    /**
     * The used HTTPS port.
     *
     * @schema KeycloakSpecHttp#httpsPort
     */
    readonly httpsPort?: number;
    /**
     * A secret containing the TLS configuration for HTTPS. Reference: https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets.
     *
     * @schema KeycloakSpecHttp#tlsSecret
     */
    readonly tlsSecret?: string;
}
/**
 * Converts an object of type 'KeycloakSpecHttp' to JSON representation.
 */
export declare function toJson_KeycloakSpecHttp(obj: KeycloakSpecHttp | undefined): Record<string, any> | undefined;
/**
 * In this section you can configure Keycloak's management interface setting.
 *
 * @schema KeycloakSpecHttpManagement
 */
export interface KeycloakSpecHttpManagement {
    /**
     * Port of the management interface.
     *
     * @schema KeycloakSpecHttpManagement#port
     */
    readonly port?: number;
}
/**
 * Converts an object of type 'KeycloakSpecHttpManagement' to JSON representation.
 */
export declare function toJson_KeycloakSpecHttpManagement(obj: KeycloakSpecHttpManagement | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecImagePullSecrets
 */
export interface KeycloakSpecImagePullSecrets {
    /**
     * @schema KeycloakSpecImagePullSecrets#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakSpecImagePullSecrets' to JSON representation.
 */
export declare function toJson_KeycloakSpecImagePullSecrets(obj: KeycloakSpecImagePullSecrets | undefined): Record<string, any> | undefined;
/**
 * The deployment is, by default, exposed through a basic ingress.
 * You can change this behaviour by setting the enabled property to false.
 *
 * @schema KeycloakSpecIngress
 */
export interface KeycloakSpecIngress {
    /**
     * Additional annotations to be appended to the Ingress object
     *
     * @schema KeycloakSpecIngress#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakSpecIngress#className
     */
    readonly className?: string;
    /**
     * @schema KeycloakSpecIngress#enabled
     */
    readonly enabled?: boolean;
}
/**
 * Converts an object of type 'KeycloakSpecIngress' to JSON representation.
 */
export declare function toJson_KeycloakSpecIngress(obj: KeycloakSpecIngress | undefined): Record<string, any> | undefined;
/**
 * In this section you can configure Keycloak's reverse proxy setting
 *
 * @schema KeycloakSpecProxy
 */
export interface KeycloakSpecProxy {
    /**
     * The proxy headers that should be accepted by the server. Misconfiguration might leave the server exposed to security vulnerabilities.
     *
     * @schema KeycloakSpecProxy#headers
     */
    readonly headers?: string;
}
/**
 * Converts an object of type 'KeycloakSpecProxy' to JSON representation.
 */
export declare function toJson_KeycloakSpecProxy(obj: KeycloakSpecProxy | undefined): Record<string, any> | undefined;
/**
 * Compute Resources required by Keycloak container
 *
 * @schema KeycloakSpecResources
 */
export interface KeycloakSpecResources {
    /**
     * @schema KeycloakSpecResources#claims
     */
    readonly claims?: KeycloakSpecResourcesClaims[];
    /**
     * @schema KeycloakSpecResources#limits
     */
    readonly limits?: {
        [key: string]: KeycloakSpecResourcesLimits;
    };
    /**
     * @schema KeycloakSpecResources#requests
     */
    readonly requests?: {
        [key: string]: KeycloakSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'KeycloakSpecResources' to JSON representation.
 */
export declare function toJson_KeycloakSpecResources(obj: KeycloakSpecResources | undefined): Record<string, any> | undefined;
/**
 * In this section you can configure Keycloak's scheduling
 *
 * @schema KeycloakSpecScheduling
 */
export interface KeycloakSpecScheduling {
    /**
     * @schema KeycloakSpecScheduling#affinity
     */
    readonly affinity?: KeycloakSpecSchedulingAffinity;
    /**
     * @schema KeycloakSpecScheduling#priorityClassName
     */
    readonly priorityClassName?: string;
    /**
     * @schema KeycloakSpecScheduling#tolerations
     */
    readonly tolerations?: KeycloakSpecSchedulingTolerations[];
    /**
     * @schema KeycloakSpecScheduling#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: KeycloakSpecSchedulingTopologySpreadConstraints[];
}
/**
 * Converts an object of type 'KeycloakSpecScheduling' to JSON representation.
 */
export declare function toJson_KeycloakSpecScheduling(obj: KeycloakSpecScheduling | undefined): Record<string, any> | undefined;
/**
 * In this section you can find all properties related to the settings of transaction behavior.
 *
 * @schema KeycloakSpecTransaction
 */
export interface KeycloakSpecTransaction {
    /**
     * Determine whether Keycloak should use a non-XA datasource in case the database does not support XA transactions.
     *
     * @schema KeycloakSpecTransaction#xaEnabled
     */
    readonly xaEnabled?: boolean;
}
/**
 * Converts an object of type 'KeycloakSpecTransaction' to JSON representation.
 */
export declare function toJson_KeycloakSpecTransaction(obj: KeycloakSpecTransaction | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecTruststores
 */
export interface KeycloakSpecTruststores {
    /**
     * Not used. To be removed in later versions.
     *
     * @schema KeycloakSpecTruststores#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecTruststores#secret
     */
    readonly secret: KeycloakSpecTruststoresSecret;
}
/**
 * Converts an object of type 'KeycloakSpecTruststores' to JSON representation.
 */
export declare function toJson_KeycloakSpecTruststores(obj: KeycloakSpecTruststores | undefined): Record<string, any> | undefined;
/**
 * In this section you can configure podTemplate advanced features, not production-ready, and not supported settings.
 * Use at your own risk and open an issue with your use-case if you don't find an alternative way.
 *
 * @schema KeycloakSpecUnsupported
 */
export interface KeycloakSpecUnsupported {
    /**
     * You can configure that will be merged with the one configured by default by the operator.
     * Use at your own risk, we reserve the possibility to remove/change the way any field gets merged in future releases without notice.
     * Reference: https://kubernetes.io/docs/concepts/workloads/pods/#pod-templates
     *
     * @schema KeycloakSpecUnsupported#podTemplate
     */
    readonly podTemplate?: KeycloakSpecUnsupportedPodTemplate;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupported' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupported(obj: KeycloakSpecUnsupported | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecAdditionalOptionsSecret
 */
export interface KeycloakSpecAdditionalOptionsSecret {
    /**
     * @schema KeycloakSpecAdditionalOptionsSecret#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecAdditionalOptionsSecret#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecAdditionalOptionsSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KeycloakSpecAdditionalOptionsSecret' to JSON representation.
 */
export declare function toJson_KeycloakSpecAdditionalOptionsSecret(obj: KeycloakSpecAdditionalOptionsSecret | undefined): Record<string, any> | undefined;
/**
 * Configures the bootstrap admin service account
 *
 * @schema KeycloakSpecBootstrapAdminService
 */
export interface KeycloakSpecBootstrapAdminService {
    /**
     * Name of the Secret that contains the client-id and client-secret keys
     *
     * @schema KeycloakSpecBootstrapAdminService#secret
     */
    readonly secret?: string;
}
/**
 * Converts an object of type 'KeycloakSpecBootstrapAdminService' to JSON representation.
 */
export declare function toJson_KeycloakSpecBootstrapAdminService(obj: KeycloakSpecBootstrapAdminService | undefined): Record<string, any> | undefined;
/**
 * Configures the bootstrap admin user
 *
 * @schema KeycloakSpecBootstrapAdminUser
 */
export interface KeycloakSpecBootstrapAdminUser {
    /**
     * Name of the Secret that contains the username and password keys
     *
     * @schema KeycloakSpecBootstrapAdminUser#secret
     */
    readonly secret?: string;
}
/**
 * Converts an object of type 'KeycloakSpecBootstrapAdminUser' to JSON representation.
 */
export declare function toJson_KeycloakSpecBootstrapAdminUser(obj: KeycloakSpecBootstrapAdminUser | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecCacheConfigMapFile
 */
export interface KeycloakSpecCacheConfigMapFile {
    /**
     * @schema KeycloakSpecCacheConfigMapFile#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecCacheConfigMapFile#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecCacheConfigMapFile#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KeycloakSpecCacheConfigMapFile' to JSON representation.
 */
export declare function toJson_KeycloakSpecCacheConfigMapFile(obj: KeycloakSpecCacheConfigMapFile | undefined): Record<string, any> | undefined;
/**
 * The reference to a secret holding the password of the database user.
 *
 * @schema KeycloakSpecDbPasswordSecret
 */
export interface KeycloakSpecDbPasswordSecret {
    /**
     * @schema KeycloakSpecDbPasswordSecret#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecDbPasswordSecret#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecDbPasswordSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KeycloakSpecDbPasswordSecret' to JSON representation.
 */
export declare function toJson_KeycloakSpecDbPasswordSecret(obj: KeycloakSpecDbPasswordSecret | undefined): Record<string, any> | undefined;
/**
 * The reference to a secret holding the username of the database user.
 *
 * @schema KeycloakSpecDbUsernameSecret
 */
export interface KeycloakSpecDbUsernameSecret {
    /**
     * @schema KeycloakSpecDbUsernameSecret#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecDbUsernameSecret#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecDbUsernameSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KeycloakSpecDbUsernameSecret' to JSON representation.
 */
export declare function toJson_KeycloakSpecDbUsernameSecret(obj: KeycloakSpecDbUsernameSecret | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecResourcesClaims
 */
export interface KeycloakSpecResourcesClaims {
    /**
     * @schema KeycloakSpecResourcesClaims#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakSpecResourcesClaims' to JSON representation.
 */
export declare function toJson_KeycloakSpecResourcesClaims(obj: KeycloakSpecResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecResourcesLimits
 */
export declare class KeycloakSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecResourcesLimits;
    static fromString(value: string): KeycloakSpecResourcesLimits;
    private constructor();
}
/**
 * @schema KeycloakSpecResourcesRequests
 */
export declare class KeycloakSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecResourcesRequests;
    static fromString(value: string): KeycloakSpecResourcesRequests;
    private constructor();
}
/**
 * @schema KeycloakSpecSchedulingAffinity
 */
export interface KeycloakSpecSchedulingAffinity {
    /**
     * @schema KeycloakSpecSchedulingAffinity#nodeAffinity
     */
    readonly nodeAffinity?: KeycloakSpecSchedulingAffinityNodeAffinity;
    /**
     * @schema KeycloakSpecSchedulingAffinity#podAffinity
     */
    readonly podAffinity?: KeycloakSpecSchedulingAffinityPodAffinity;
    /**
     * @schema KeycloakSpecSchedulingAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: KeycloakSpecSchedulingAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinity' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinity(obj: KeycloakSpecSchedulingAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingTolerations
 */
export interface KeycloakSpecSchedulingTolerations {
    /**
     * @schema KeycloakSpecSchedulingTolerations#effect
     */
    readonly effect?: string;
    /**
     * @schema KeycloakSpecSchedulingTolerations#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecSchedulingTolerations#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecSchedulingTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * @schema KeycloakSpecSchedulingTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingTolerations' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingTolerations(obj: KeycloakSpecSchedulingTolerations | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingTopologySpreadConstraints
 */
export interface KeycloakSpecSchedulingTopologySpreadConstraints {
    /**
     * @schema KeycloakSpecSchedulingTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelector;
    /**
     * @schema KeycloakSpecSchedulingTopologySpreadConstraints#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KeycloakSpecSchedulingTopologySpreadConstraints#maxSkew
     */
    readonly maxSkew?: number;
    /**
     * @schema KeycloakSpecSchedulingTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * @schema KeycloakSpecSchedulingTopologySpreadConstraints#nodeAffinityPolicy
     */
    readonly nodeAffinityPolicy?: string;
    /**
     * @schema KeycloakSpecSchedulingTopologySpreadConstraints#nodeTaintsPolicy
     */
    readonly nodeTaintsPolicy?: string;
    /**
     * @schema KeycloakSpecSchedulingTopologySpreadConstraints#topologyKey
     */
    readonly topologyKey?: string;
    /**
     * @schema KeycloakSpecSchedulingTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable?: string;
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingTopologySpreadConstraints(obj: KeycloakSpecSchedulingTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecTruststoresSecret
 */
export interface KeycloakSpecTruststoresSecret {
    /**
     * @schema KeycloakSpecTruststoresSecret#name
     */
    readonly name: string;
    /**
     * @schema KeycloakSpecTruststoresSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KeycloakSpecTruststoresSecret' to JSON representation.
 */
export declare function toJson_KeycloakSpecTruststoresSecret(obj: KeycloakSpecTruststoresSecret | undefined): Record<string, any> | undefined;
/**
 * You can configure that will be merged with the one configured by default by the operator.
 * Use at your own risk, we reserve the possibility to remove/change the way any field gets merged in future releases without notice.
 * Reference: https://kubernetes.io/docs/concepts/workloads/pods/#pod-templates
 *
 * @schema KeycloakSpecUnsupportedPodTemplate
 */
export interface KeycloakSpecUnsupportedPodTemplate {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplate#metadata
     */
    readonly metadata?: KeycloakSpecUnsupportedPodTemplateMetadata;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplate#spec
     */
    readonly spec?: KeycloakSpecUnsupportedPodTemplateSpec;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplate' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplate(obj: KeycloakSpecUnsupportedPodTemplate | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityNodeAffinity
 */
export interface KeycloakSpecSchedulingAffinityNodeAffinity {
    /**
     * @schema KeycloakSpecSchedulingAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KeycloakSpecSchedulingAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityNodeAffinity(obj: KeycloakSpecSchedulingAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityPodAffinity
 */
export interface KeycloakSpecSchedulingAffinityPodAffinity {
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityPodAffinity(obj: KeycloakSpecSchedulingAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityPodAntiAffinity
 */
export interface KeycloakSpecSchedulingAffinityPodAntiAffinity {
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityPodAntiAffinity(obj: KeycloakSpecSchedulingAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelector
 */
export interface KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelector {
    /**
     * @schema KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * @schema KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelector(obj: KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateMetadata
 */
export interface KeycloakSpecUnsupportedPodTemplateMetadata {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateMetadata#creationTimestamp
     */
    readonly creationTimestamp?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateMetadata#deletionGracePeriodSeconds
     */
    readonly deletionGracePeriodSeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateMetadata#deletionTimestamp
     */
    readonly deletionTimestamp?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateMetadata#generateName
     */
    readonly generateName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateMetadata#generation
     */
    readonly generation?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateMetadata#managedFields
     */
    readonly managedFields?: KeycloakSpecUnsupportedPodTemplateMetadataManagedFields[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateMetadata#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateMetadata#namespace
     */
    readonly namespace?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateMetadata#ownerReferences
     */
    readonly ownerReferences?: KeycloakSpecUnsupportedPodTemplateMetadataOwnerReferences[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateMetadata#resourceVersion
     */
    readonly resourceVersion?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateMetadata#selfLink
     */
    readonly selfLink?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateMetadata#uid
     */
    readonly uid?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateMetadata' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateMetadata(obj: KeycloakSpecUnsupportedPodTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpec
 */
export interface KeycloakSpecUnsupportedPodTemplateSpec {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#activeDeadlineSeconds
     */
    readonly activeDeadlineSeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#affinity
     */
    readonly affinity?: KeycloakSpecUnsupportedPodTemplateSpecAffinity;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#automountServiceAccountToken
     */
    readonly automountServiceAccountToken?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#containers
     */
    readonly containers?: KeycloakSpecUnsupportedPodTemplateSpecContainers[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#dnsConfig
     */
    readonly dnsConfig?: KeycloakSpecUnsupportedPodTemplateSpecDnsConfig;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#dnsPolicy
     */
    readonly dnsPolicy?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#enableServiceLinks
     */
    readonly enableServiceLinks?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#ephemeralContainers
     */
    readonly ephemeralContainers?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#hostAliases
     */
    readonly hostAliases?: KeycloakSpecUnsupportedPodTemplateSpecHostAliases[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#hostIPC
     */
    readonly hostIpc?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#hostNetwork
     */
    readonly hostNetwork?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#hostPID
     */
    readonly hostPid?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#hostUsers
     */
    readonly hostUsers?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#hostname
     */
    readonly hostname?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#imagePullSecrets
     */
    readonly imagePullSecrets?: KeycloakSpecUnsupportedPodTemplateSpecImagePullSecrets[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#initContainers
     */
    readonly initContainers?: KeycloakSpecUnsupportedPodTemplateSpecInitContainers[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#nodeName
     */
    readonly nodeName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#nodeSelector
     */
    readonly nodeSelector?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#os
     */
    readonly os?: KeycloakSpecUnsupportedPodTemplateSpecOs;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#overhead
     */
    readonly overhead?: {
        [key: string]: KeycloakSpecUnsupportedPodTemplateSpecOverhead;
    };
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#preemptionPolicy
     */
    readonly preemptionPolicy?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#priority
     */
    readonly priority?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#priorityClassName
     */
    readonly priorityClassName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#readinessGates
     */
    readonly readinessGates?: KeycloakSpecUnsupportedPodTemplateSpecReadinessGates[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#resourceClaims
     */
    readonly resourceClaims?: KeycloakSpecUnsupportedPodTemplateSpecResourceClaims[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#runtimeClassName
     */
    readonly runtimeClassName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#schedulerName
     */
    readonly schedulerName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#schedulingGates
     */
    readonly schedulingGates?: KeycloakSpecUnsupportedPodTemplateSpecSchedulingGates[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#securityContext
     */
    readonly securityContext?: KeycloakSpecUnsupportedPodTemplateSpecSecurityContext;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#serviceAccount
     */
    readonly serviceAccount?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#setHostnameAsFQDN
     */
    readonly setHostnameAsFqdn?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#shareProcessNamespace
     */
    readonly shareProcessNamespace?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#subdomain
     */
    readonly subdomain?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#tolerations
     */
    readonly tolerations?: KeycloakSpecUnsupportedPodTemplateSpecTolerations[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraints[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpec#volumes
     */
    readonly volumes?: KeycloakSpecUnsupportedPodTemplateSpecVolumes[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpec' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpec(obj: KeycloakSpecUnsupportedPodTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference?: KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * @schema KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms?: KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm?: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm?: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * @schema KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateMetadataManagedFields
 */
export interface KeycloakSpecUnsupportedPodTemplateMetadataManagedFields {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateMetadataManagedFields#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateMetadataManagedFields#fieldsType
     */
    readonly fieldsType?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateMetadataManagedFields#fieldsV1
     */
    readonly fieldsV1?: any;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateMetadataManagedFields#manager
     */
    readonly manager?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateMetadataManagedFields#operation
     */
    readonly operation?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateMetadataManagedFields#subresource
     */
    readonly subresource?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateMetadataManagedFields#time
     */
    readonly time?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateMetadataManagedFields' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateMetadataManagedFields(obj: KeycloakSpecUnsupportedPodTemplateMetadataManagedFields | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateMetadataOwnerReferences
 */
export interface KeycloakSpecUnsupportedPodTemplateMetadataOwnerReferences {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateMetadataOwnerReferences#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateMetadataOwnerReferences#blockOwnerDeletion
     */
    readonly blockOwnerDeletion?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateMetadataOwnerReferences#controller
     */
    readonly controller?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateMetadataOwnerReferences#kind
     */
    readonly kind?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateMetadataOwnerReferences#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateMetadataOwnerReferences#uid
     */
    readonly uid?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateMetadataOwnerReferences' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateMetadataOwnerReferences(obj: KeycloakSpecUnsupportedPodTemplateMetadataOwnerReferences | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinity
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinity {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinity#nodeAffinity
     */
    readonly nodeAffinity?: KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinity;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinity#podAffinity
     */
    readonly podAffinity?: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinity;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinity' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinity(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainers
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainers {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainers#args
     */
    readonly args?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainers#command
     */
    readonly command?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainers#env
     */
    readonly env?: KeycloakSpecUnsupportedPodTemplateSpecContainersEnv[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainers#envFrom
     */
    readonly envFrom?: KeycloakSpecUnsupportedPodTemplateSpecContainersEnvFrom[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainers#image
     */
    readonly image?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainers#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainers#lifecycle
     */
    readonly lifecycle?: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecycle;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainers#livenessProbe
     */
    readonly livenessProbe?: KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbe;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainers#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainers#ports
     */
    readonly ports?: KeycloakSpecUnsupportedPodTemplateSpecContainersPorts[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainers#readinessProbe
     */
    readonly readinessProbe?: KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbe;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainers#resizePolicy
     */
    readonly resizePolicy?: KeycloakSpecUnsupportedPodTemplateSpecContainersResizePolicy[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainers#resources
     */
    readonly resources?: KeycloakSpecUnsupportedPodTemplateSpecContainersResources;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainers#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainers#securityContext
     */
    readonly securityContext?: KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContext;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainers#startupProbe
     */
    readonly startupProbe?: KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbe;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainers#stdin
     */
    readonly stdin?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainers#stdinOnce
     */
    readonly stdinOnce?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainers#terminationMessagePath
     */
    readonly terminationMessagePath?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainers#terminationMessagePolicy
     */
    readonly terminationMessagePolicy?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainers#tty
     */
    readonly tty?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainers#volumeDevices
     */
    readonly volumeDevices?: KeycloakSpecUnsupportedPodTemplateSpecContainersVolumeDevices[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainers#volumeMounts
     */
    readonly volumeMounts?: KeycloakSpecUnsupportedPodTemplateSpecContainersVolumeMounts[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainers#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainers' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainers(obj: KeycloakSpecUnsupportedPodTemplateSpecContainers | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecDnsConfig
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecDnsConfig {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecDnsConfig#nameservers
     */
    readonly nameservers?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecDnsConfig#options
     */
    readonly options?: KeycloakSpecUnsupportedPodTemplateSpecDnsConfigOptions[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecDnsConfig#searches
     */
    readonly searches?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecDnsConfig' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecDnsConfig(obj: KeycloakSpecUnsupportedPodTemplateSpecDnsConfig | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers#args
     */
    readonly args?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers#command
     */
    readonly command?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers#env
     */
    readonly env?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnv[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers#envFrom
     */
    readonly envFrom?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvFrom[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers#image
     */
    readonly image?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers#lifecycle
     */
    readonly lifecycle?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecycle;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers#livenessProbe
     */
    readonly livenessProbe?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbe;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers#ports
     */
    readonly ports?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersPorts[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers#readinessProbe
     */
    readonly readinessProbe?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbe;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers#resizePolicy
     */
    readonly resizePolicy?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResizePolicy[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers#resources
     */
    readonly resources?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResources;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers#securityContext
     */
    readonly securityContext?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContext;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers#startupProbe
     */
    readonly startupProbe?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbe;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers#stdin
     */
    readonly stdin?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers#stdinOnce
     */
    readonly stdinOnce?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers#targetContainerName
     */
    readonly targetContainerName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers#terminationMessagePath
     */
    readonly terminationMessagePath?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers#terminationMessagePolicy
     */
    readonly terminationMessagePolicy?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers#tty
     */
    readonly tty?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers#volumeDevices
     */
    readonly volumeDevices?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersVolumeDevices[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers#volumeMounts
     */
    readonly volumeMounts?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersVolumeMounts[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainers | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecHostAliases
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecHostAliases {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecHostAliases#hostnames
     */
    readonly hostnames?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecHostAliases#ip
     */
    readonly ip?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecHostAliases' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecHostAliases(obj: KeycloakSpecUnsupportedPodTemplateSpecHostAliases | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecImagePullSecrets
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecImagePullSecrets {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecImagePullSecrets#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecImagePullSecrets' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecImagePullSecrets(obj: KeycloakSpecUnsupportedPodTemplateSpecImagePullSecrets | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainers
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainers {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainers#args
     */
    readonly args?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainers#command
     */
    readonly command?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainers#env
     */
    readonly env?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnv[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainers#envFrom
     */
    readonly envFrom?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvFrom[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainers#image
     */
    readonly image?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainers#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainers#lifecycle
     */
    readonly lifecycle?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecycle;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainers#livenessProbe
     */
    readonly livenessProbe?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbe;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainers#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainers#ports
     */
    readonly ports?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersPorts[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainers#readinessProbe
     */
    readonly readinessProbe?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbe;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainers#resizePolicy
     */
    readonly resizePolicy?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersResizePolicy[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainers#resources
     */
    readonly resources?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersResources;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainers#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainers#securityContext
     */
    readonly securityContext?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContext;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainers#startupProbe
     */
    readonly startupProbe?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbe;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainers#stdin
     */
    readonly stdin?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainers#stdinOnce
     */
    readonly stdinOnce?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainers#terminationMessagePath
     */
    readonly terminationMessagePath?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainers#terminationMessagePolicy
     */
    readonly terminationMessagePolicy?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainers#tty
     */
    readonly tty?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainers#volumeDevices
     */
    readonly volumeDevices?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersVolumeDevices[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainers#volumeMounts
     */
    readonly volumeMounts?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersVolumeMounts[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainers#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainers' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainers(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainers | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecOs
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecOs {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecOs#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecOs' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecOs(obj: KeycloakSpecUnsupportedPodTemplateSpecOs | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecOverhead
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecOverhead {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecOverhead;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecOverhead;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecReadinessGates
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecReadinessGates {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecReadinessGates#conditionType
     */
    readonly conditionType?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecReadinessGates' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecReadinessGates(obj: KeycloakSpecUnsupportedPodTemplateSpecReadinessGates | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecResourceClaims
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecResourceClaims {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecResourceClaims#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecResourceClaims#source
     */
    readonly source?: KeycloakSpecUnsupportedPodTemplateSpecResourceClaimsSource;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecResourceClaims' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecResourceClaims(obj: KeycloakSpecUnsupportedPodTemplateSpecResourceClaims | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecSchedulingGates
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecSchedulingGates {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecSchedulingGates#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecSchedulingGates' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecSchedulingGates(obj: KeycloakSpecUnsupportedPodTemplateSpecSchedulingGates | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContext
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecSecurityContext {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KeycloakSpecUnsupportedPodTemplateSpecSecurityContextAppArmorProfile;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContext#fsGroup
     */
    readonly fsGroup?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContext#fsGroupChangePolicy
     */
    readonly fsGroupChangePolicy?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KeycloakSpecUnsupportedPodTemplateSpecSecurityContextSeLinuxOptions;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KeycloakSpecUnsupportedPodTemplateSpecSecurityContextSeccompProfile;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContext#sysctls
     */
    readonly sysctls?: KeycloakSpecUnsupportedPodTemplateSpecSecurityContextSysctls[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KeycloakSpecUnsupportedPodTemplateSpecSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecSecurityContext' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecSecurityContext(obj: KeycloakSpecUnsupportedPodTemplateSpecSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecTolerations
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecTolerations {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecTolerations#effect
     */
    readonly effect?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecTolerations#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecTolerations#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecTolerations' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecTolerations(obj: KeycloakSpecUnsupportedPodTemplateSpecTolerations | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraints
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraints {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraintsLabelSelector;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraints#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraints#maxSkew
     */
    readonly maxSkew?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraints#nodeAffinityPolicy
     */
    readonly nodeAffinityPolicy?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraints#nodeTaintsPolicy
     */
    readonly nodeTaintsPolicy?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraints#topologyKey
     */
    readonly topologyKey?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraints(obj: KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumes {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#awsElasticBlockStore
     */
    readonly awsElasticBlockStore?: KeycloakSpecUnsupportedPodTemplateSpecVolumesAwsElasticBlockStore;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#azureDisk
     */
    readonly azureDisk?: KeycloakSpecUnsupportedPodTemplateSpecVolumesAzureDisk;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#azureFile
     */
    readonly azureFile?: KeycloakSpecUnsupportedPodTemplateSpecVolumesAzureFile;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#cephfs
     */
    readonly cephfs?: KeycloakSpecUnsupportedPodTemplateSpecVolumesCephfs;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#cinder
     */
    readonly cinder?: KeycloakSpecUnsupportedPodTemplateSpecVolumesCinder;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#configMap
     */
    readonly configMap?: KeycloakSpecUnsupportedPodTemplateSpecVolumesConfigMap;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#csi
     */
    readonly csi?: KeycloakSpecUnsupportedPodTemplateSpecVolumesCsi;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#downwardAPI
     */
    readonly downwardApi?: KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApi;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#emptyDir
     */
    readonly emptyDir?: KeycloakSpecUnsupportedPodTemplateSpecVolumesEmptyDir;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#ephemeral
     */
    readonly ephemeral?: KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeral;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#fc
     */
    readonly fc?: KeycloakSpecUnsupportedPodTemplateSpecVolumesFc;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#flexVolume
     */
    readonly flexVolume?: KeycloakSpecUnsupportedPodTemplateSpecVolumesFlexVolume;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#flocker
     */
    readonly flocker?: KeycloakSpecUnsupportedPodTemplateSpecVolumesFlocker;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#gcePersistentDisk
     */
    readonly gcePersistentDisk?: KeycloakSpecUnsupportedPodTemplateSpecVolumesGcePersistentDisk;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#gitRepo
     */
    readonly gitRepo?: KeycloakSpecUnsupportedPodTemplateSpecVolumesGitRepo;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#glusterfs
     */
    readonly glusterfs?: KeycloakSpecUnsupportedPodTemplateSpecVolumesGlusterfs;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#hostPath
     */
    readonly hostPath?: KeycloakSpecUnsupportedPodTemplateSpecVolumesHostPath;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#iscsi
     */
    readonly iscsi?: KeycloakSpecUnsupportedPodTemplateSpecVolumesIscsi;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#nfs
     */
    readonly nfs?: KeycloakSpecUnsupportedPodTemplateSpecVolumesNfs;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: KeycloakSpecUnsupportedPodTemplateSpecVolumesPersistentVolumeClaim;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#photonPersistentDisk
     */
    readonly photonPersistentDisk?: KeycloakSpecUnsupportedPodTemplateSpecVolumesPhotonPersistentDisk;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#portworxVolume
     */
    readonly portworxVolume?: KeycloakSpecUnsupportedPodTemplateSpecVolumesPortworxVolume;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#projected
     */
    readonly projected?: KeycloakSpecUnsupportedPodTemplateSpecVolumesProjected;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#quobyte
     */
    readonly quobyte?: KeycloakSpecUnsupportedPodTemplateSpecVolumesQuobyte;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#rbd
     */
    readonly rbd?: KeycloakSpecUnsupportedPodTemplateSpecVolumesRbd;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#scaleIO
     */
    readonly scaleIo?: KeycloakSpecUnsupportedPodTemplateSpecVolumesScaleIo;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#secret
     */
    readonly secret?: KeycloakSpecUnsupportedPodTemplateSpecVolumesSecret;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#storageos
     */
    readonly storageos?: KeycloakSpecUnsupportedPodTemplateSpecVolumesStorageos;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumes#vsphereVolume
     */
    readonly vsphereVolume?: KeycloakSpecUnsupportedPodTemplateSpecVolumesVsphereVolume;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumes' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumes(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumes | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * @schema KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * @schema KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * @schema KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * @schema KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinity
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinity {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinity(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinity
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinity {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinity(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinity
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinity {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinity(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnv
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersEnv {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnv#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnv#value
     */
    readonly value?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnv#valueFrom
     */
    readonly valueFrom?: KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFrom;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersEnv' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersEnv(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersEnv | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvFrom
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersEnvFrom {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvFrom#configMapRef
     */
    readonly configMapRef?: KeycloakSpecUnsupportedPodTemplateSpecContainersEnvFromConfigMapRef;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvFrom#secretRef
     */
    readonly secretRef?: KeycloakSpecUnsupportedPodTemplateSpecContainersEnvFromSecretRef;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersEnvFrom' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersEnvFrom(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersEnvFrom | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecycle
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersLifecycle {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecycle#postStart
     */
    readonly postStart?: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStart;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecycle#preStop
     */
    readonly preStop?: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStop;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersLifecycle' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersLifecycle(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecycle | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbe
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbe {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbe#exec
     */
    readonly exec?: KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeExec;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbe#grpc
     */
    readonly grpc?: KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeGrpc;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbe#httpGet
     */
    readonly httpGet?: KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeHttpGet;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeTcpSocket;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbe' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbe(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersPorts
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersPorts {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersPorts#containerPort
     */
    readonly containerPort?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersPorts#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersPorts' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersPorts(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersPorts | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbe
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbe {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbe#exec
     */
    readonly exec?: KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeExec;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbe#grpc
     */
    readonly grpc?: KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeGrpc;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbe#httpGet
     */
    readonly httpGet?: KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeHttpGet;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeTcpSocket;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbe' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbe(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersResizePolicy
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersResizePolicy {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersResizePolicy#resourceName
     */
    readonly resourceName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersResizePolicy#restartPolicy
     */
    readonly restartPolicy?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersResizePolicy' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersResizePolicy(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersResizePolicy | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersResources
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersResources {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersResources#claims
     */
    readonly claims?: KeycloakSpecUnsupportedPodTemplateSpecContainersResourcesClaims[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersResources#limits
     */
    readonly limits?: {
        [key: string]: KeycloakSpecUnsupportedPodTemplateSpecContainersResourcesLimits;
    };
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersResources#requests
     */
    readonly requests?: {
        [key: string]: KeycloakSpecUnsupportedPodTemplateSpecContainersResourcesRequests;
    };
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersResources' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersResources(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersResources | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContext
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContext {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextAppArmorProfile;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContext#capabilities
     */
    readonly capabilities?: KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextCapabilities;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextSeLinuxOptions;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextSeccompProfile;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContext' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContext(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbe
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbe {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbe#exec
     */
    readonly exec?: KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeExec;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbe#grpc
     */
    readonly grpc?: KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeGrpc;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbe#httpGet
     */
    readonly httpGet?: KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeHttpGet;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbe#tcpSocket
     */
    readonly tcpSocket?: KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeTcpSocket;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbe' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbe(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbe | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersVolumeDevices
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersVolumeDevices {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersVolumeDevices#devicePath
     */
    readonly devicePath?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersVolumeDevices#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersVolumeDevices' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersVolumeDevices(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersVolumeDevices | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersVolumeMounts
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersVolumeMounts {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersVolumeMounts#mountPath
     */
    readonly mountPath?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersVolumeMounts#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersVolumeMounts' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersVolumeMounts(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecDnsConfigOptions
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecDnsConfigOptions {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecDnsConfigOptions#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecDnsConfigOptions#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecDnsConfigOptions' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecDnsConfigOptions(obj: KeycloakSpecUnsupportedPodTemplateSpecDnsConfigOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnv
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnv {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnv#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnv#value
     */
    readonly value?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnv#valueFrom
     */
    readonly valueFrom?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFrom;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnv' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnv(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnv | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvFrom
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvFrom {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvFrom#configMapRef
     */
    readonly configMapRef?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvFromConfigMapRef;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvFrom#secretRef
     */
    readonly secretRef?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvFromSecretRef;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvFrom' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvFrom(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvFrom | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecycle
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecycle {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecycle#postStart
     */
    readonly postStart?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStart;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecycle#preStop
     */
    readonly preStop?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStop;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecycle' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecycle(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecycle | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbe
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbe {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbe#exec
     */
    readonly exec?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeExec;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbe#grpc
     */
    readonly grpc?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeGrpc;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbe#httpGet
     */
    readonly httpGet?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeHttpGet;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeTcpSocket;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbe' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbe(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersPorts
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersPorts {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersPorts#containerPort
     */
    readonly containerPort?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersPorts#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersPorts' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersPorts(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersPorts | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbe
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbe {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbe#exec
     */
    readonly exec?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeExec;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbe#grpc
     */
    readonly grpc?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeGrpc;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbe#httpGet
     */
    readonly httpGet?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeHttpGet;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeTcpSocket;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbe' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbe(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResizePolicy
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResizePolicy {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResizePolicy#resourceName
     */
    readonly resourceName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResizePolicy#restartPolicy
     */
    readonly restartPolicy?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResizePolicy' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResizePolicy(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResizePolicy | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResources
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResources {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResources#claims
     */
    readonly claims?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResourcesClaims[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResources#limits
     */
    readonly limits?: {
        [key: string]: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResourcesLimits;
    };
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResources#requests
     */
    readonly requests?: {
        [key: string]: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResourcesRequests;
    };
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResources' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResources(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResources | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContext
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContext {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextAppArmorProfile;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContext#capabilities
     */
    readonly capabilities?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextCapabilities;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextSeccompProfile;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContext' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContext(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbe
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbe {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbe#exec
     */
    readonly exec?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeExec;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbe#grpc
     */
    readonly grpc?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeGrpc;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbe#httpGet
     */
    readonly httpGet?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeHttpGet;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbe#tcpSocket
     */
    readonly tcpSocket?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeTcpSocket;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbe' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbe(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbe | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersVolumeDevices
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersVolumeDevices {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersVolumeDevices#devicePath
     */
    readonly devicePath?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersVolumeDevices#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersVolumeDevices' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersVolumeDevices(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersVolumeDevices | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersVolumeMounts
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersVolumeMounts {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersVolumeMounts#mountPath
     */
    readonly mountPath?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersVolumeMounts#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersVolumeMounts' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersVolumeMounts(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnv
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnv {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnv#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnv#value
     */
    readonly value?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnv#valueFrom
     */
    readonly valueFrom?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFrom;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnv' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnv(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnv | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvFrom
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvFrom {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvFrom#configMapRef
     */
    readonly configMapRef?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvFromConfigMapRef;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvFrom#secretRef
     */
    readonly secretRef?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvFromSecretRef;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvFrom' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvFrom(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvFrom | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecycle
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecycle {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecycle#postStart
     */
    readonly postStart?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStart;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecycle#preStop
     */
    readonly preStop?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStop;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecycle' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecycle(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecycle | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbe
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbe {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbe#exec
     */
    readonly exec?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeExec;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbe#grpc
     */
    readonly grpc?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeGrpc;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbe#httpGet
     */
    readonly httpGet?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeHttpGet;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeTcpSocket;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbe' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbe(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersPorts
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersPorts {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersPorts#containerPort
     */
    readonly containerPort?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersPorts#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersPorts' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersPorts(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersPorts | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbe
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbe {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbe#exec
     */
    readonly exec?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeExec;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbe#grpc
     */
    readonly grpc?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeGrpc;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbe#httpGet
     */
    readonly httpGet?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeHttpGet;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeTcpSocket;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbe' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbe(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersResizePolicy
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersResizePolicy {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersResizePolicy#resourceName
     */
    readonly resourceName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersResizePolicy#restartPolicy
     */
    readonly restartPolicy?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersResizePolicy' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersResizePolicy(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersResizePolicy | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersResources
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersResources {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersResources#claims
     */
    readonly claims?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersResourcesClaims[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersResources#limits
     */
    readonly limits?: {
        [key: string]: KeycloakSpecUnsupportedPodTemplateSpecInitContainersResourcesLimits;
    };
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersResources#requests
     */
    readonly requests?: {
        [key: string]: KeycloakSpecUnsupportedPodTemplateSpecInitContainersResourcesRequests;
    };
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersResources' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersResources(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersResources | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContext
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContext {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextAppArmorProfile;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContext#capabilities
     */
    readonly capabilities?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextCapabilities;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextSeLinuxOptions;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContext#seccompProfile
     */
    readonly seccompProfile?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextSeccompProfile;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContext#windowsOptions
     */
    readonly windowsOptions?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContext' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContext(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbe
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbe {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbe#exec
     */
    readonly exec?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeExec;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbe#grpc
     */
    readonly grpc?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeGrpc;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbe#httpGet
     */
    readonly httpGet?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeHttpGet;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbe#tcpSocket
     */
    readonly tcpSocket?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeTcpSocket;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbe' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbe(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbe | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersVolumeDevices
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersVolumeDevices {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersVolumeDevices#devicePath
     */
    readonly devicePath?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersVolumeDevices#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersVolumeDevices' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersVolumeDevices(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersVolumeDevices | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersVolumeMounts
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersVolumeMounts {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersVolumeMounts#mountPath
     */
    readonly mountPath?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersVolumeMounts#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersVolumeMounts' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersVolumeMounts(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecResourceClaimsSource
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecResourceClaimsSource {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecResourceClaimsSource#resourceClaimName
     */
    readonly resourceClaimName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecResourceClaimsSource#resourceClaimTemplateName
     */
    readonly resourceClaimTemplateName?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecResourceClaimsSource' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecResourceClaimsSource(obj: KeycloakSpecUnsupportedPodTemplateSpecResourceClaimsSource | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContextAppArmorProfile
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecSecurityContextAppArmorProfile {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecSecurityContextAppArmorProfile(obj: KeycloakSpecUnsupportedPodTemplateSpecSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContextSeLinuxOptions
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecSecurityContextSeLinuxOptions {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecSecurityContextSeLinuxOptions(obj: KeycloakSpecUnsupportedPodTemplateSpecSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContextSeccompProfile
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecSecurityContextSeccompProfile {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecSecurityContextSeccompProfile(obj: KeycloakSpecUnsupportedPodTemplateSpecSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContextSysctls
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecSecurityContextSysctls {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContextSysctls#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContextSysctls#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecSecurityContextSysctls(obj: KeycloakSpecUnsupportedPodTemplateSpecSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContextWindowsOptions
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecSecurityContextWindowsOptions {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecSecurityContextWindowsOptions(obj: KeycloakSpecUnsupportedPodTemplateSpecSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraintsLabelSelector
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraintsLabelSelector {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraintsLabelSelector(obj: KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesAwsElasticBlockStore
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesAwsElasticBlockStore {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesAwsElasticBlockStore#fsType
     */
    readonly fsType?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesAwsElasticBlockStore#partition
     */
    readonly partition?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesAwsElasticBlockStore#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesAwsElasticBlockStore#volumeID
     */
    readonly volumeId?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesAwsElasticBlockStore' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesAwsElasticBlockStore(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesAwsElasticBlockStore | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesAzureDisk
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesAzureDisk {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesAzureDisk#cachingMode
     */
    readonly cachingMode?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesAzureDisk#diskName
     */
    readonly diskName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesAzureDisk#diskURI
     */
    readonly diskUri?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesAzureDisk#fsType
     */
    readonly fsType?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesAzureDisk#kind
     */
    readonly kind?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesAzureDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesAzureDisk' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesAzureDisk(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesAzureDisk | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesAzureFile
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesAzureFile {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesAzureFile#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesAzureFile#secretName
     */
    readonly secretName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesAzureFile#shareName
     */
    readonly shareName?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesAzureFile' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesAzureFile(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesAzureFile | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesCephfs
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesCephfs {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesCephfs#monitors
     */
    readonly monitors?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesCephfs#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesCephfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesCephfs#secretFile
     */
    readonly secretFile?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesCephfs#secretRef
     */
    readonly secretRef?: KeycloakSpecUnsupportedPodTemplateSpecVolumesCephfsSecretRef;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesCephfs#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesCephfs' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesCephfs(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesCephfs | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesCinder
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesCinder {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesCinder#fsType
     */
    readonly fsType?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesCinder#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesCinder#secretRef
     */
    readonly secretRef?: KeycloakSpecUnsupportedPodTemplateSpecVolumesCinderSecretRef;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesCinder#volumeID
     */
    readonly volumeId?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesCinder' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesCinder(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesCinder | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesConfigMap
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesConfigMap {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesConfigMap#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesConfigMap#items
     */
    readonly items?: KeycloakSpecUnsupportedPodTemplateSpecVolumesConfigMapItems[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesConfigMap#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesConfigMap' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesConfigMap(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesConfigMap | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesCsi
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesCsi {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesCsi#driver
     */
    readonly driver?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesCsi#fsType
     */
    readonly fsType?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesCsi#nodePublishSecretRef
     */
    readonly nodePublishSecretRef?: KeycloakSpecUnsupportedPodTemplateSpecVolumesCsiNodePublishSecretRef;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesCsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesCsi#volumeAttributes
     */
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesCsi' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesCsi(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesCsi | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApi
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApi {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApi#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApi#items
     */
    readonly items?: KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItems[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApi' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApi(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApi | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEmptyDir
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesEmptyDir {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEmptyDir#medium
     */
    readonly medium?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEmptyDir#sizeLimit
     */
    readonly sizeLimit?: KeycloakSpecUnsupportedPodTemplateSpecVolumesEmptyDirSizeLimit;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesEmptyDir' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesEmptyDir(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesEmptyDir | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeral
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeral {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeral#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplate;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeral' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeral(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeral | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesFc
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesFc {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesFc#fsType
     */
    readonly fsType?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesFc#lun
     */
    readonly lun?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesFc#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesFc#targetWWNs
     */
    readonly targetWwNs?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesFc#wwids
     */
    readonly wwids?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesFc' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesFc(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesFc | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesFlexVolume
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesFlexVolume {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesFlexVolume#driver
     */
    readonly driver?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesFlexVolume#fsType
     */
    readonly fsType?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesFlexVolume#options
     */
    readonly options?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesFlexVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesFlexVolume#secretRef
     */
    readonly secretRef?: KeycloakSpecUnsupportedPodTemplateSpecVolumesFlexVolumeSecretRef;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesFlexVolume' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesFlexVolume(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesFlexVolume | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesFlocker
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesFlocker {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesFlocker#datasetName
     */
    readonly datasetName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesFlocker#datasetUUID
     */
    readonly datasetUuid?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesFlocker' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesFlocker(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesFlocker | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesGcePersistentDisk
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesGcePersistentDisk {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesGcePersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesGcePersistentDisk#partition
     */
    readonly partition?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesGcePersistentDisk#pdName
     */
    readonly pdName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesGcePersistentDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesGcePersistentDisk' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesGcePersistentDisk(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesGcePersistentDisk | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesGitRepo
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesGitRepo {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesGitRepo#directory
     */
    readonly directory?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesGitRepo#repository
     */
    readonly repository?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesGitRepo#revision
     */
    readonly revision?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesGitRepo' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesGitRepo(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesGitRepo | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesGlusterfs
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesGlusterfs {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesGlusterfs#endpoints
     */
    readonly endpoints?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesGlusterfs#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesGlusterfs#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesGlusterfs' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesGlusterfs(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesGlusterfs | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesHostPath
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesHostPath {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesHostPath#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesHostPath#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesHostPath' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesHostPath(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesHostPath | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesIscsi
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesIscsi {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesIscsi#chapAuthDiscovery
     */
    readonly chapAuthDiscovery?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesIscsi#chapAuthSession
     */
    readonly chapAuthSession?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesIscsi#fsType
     */
    readonly fsType?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesIscsi#initiatorName
     */
    readonly initiatorName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesIscsi#iqn
     */
    readonly iqn?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesIscsi#iscsiInterface
     */
    readonly iscsiInterface?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesIscsi#lun
     */
    readonly lun?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesIscsi#portals
     */
    readonly portals?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesIscsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesIscsi#secretRef
     */
    readonly secretRef?: KeycloakSpecUnsupportedPodTemplateSpecVolumesIscsiSecretRef;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesIscsi#targetPortal
     */
    readonly targetPortal?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesIscsi' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesIscsi(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesIscsi | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesNfs
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesNfs {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesNfs#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesNfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesNfs#server
     */
    readonly server?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesNfs' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesNfs(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesNfs | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesPersistentVolumeClaim
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesPersistentVolumeClaim {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesPersistentVolumeClaim#claimName
     */
    readonly claimName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesPersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesPersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesPersistentVolumeClaim(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesPersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesPhotonPersistentDisk
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesPhotonPersistentDisk {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesPhotonPersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesPhotonPersistentDisk#pdID
     */
    readonly pdId?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesPhotonPersistentDisk' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesPhotonPersistentDisk(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesPhotonPersistentDisk | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesPortworxVolume
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesPortworxVolume {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesPortworxVolume#fsType
     */
    readonly fsType?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesPortworxVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesPortworxVolume#volumeID
     */
    readonly volumeId?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesPortworxVolume' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesPortworxVolume(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesPortworxVolume | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjected
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesProjected {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjected#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjected#sources
     */
    readonly sources?: KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSources[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesProjected' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesProjected(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesProjected | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesQuobyte
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesQuobyte {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesQuobyte#group
     */
    readonly group?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesQuobyte#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesQuobyte#registry
     */
    readonly registry?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesQuobyte#tenant
     */
    readonly tenant?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesQuobyte#user
     */
    readonly user?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesQuobyte#volume
     */
    readonly volume?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesQuobyte' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesQuobyte(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesQuobyte | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesRbd
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesRbd {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesRbd#fsType
     */
    readonly fsType?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesRbd#image
     */
    readonly image?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesRbd#keyring
     */
    readonly keyring?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesRbd#monitors
     */
    readonly monitors?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesRbd#pool
     */
    readonly pool?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesRbd#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesRbd#secretRef
     */
    readonly secretRef?: KeycloakSpecUnsupportedPodTemplateSpecVolumesRbdSecretRef;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesRbd#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesRbd' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesRbd(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesRbd | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesScaleIo
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesScaleIo {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesScaleIo#fsType
     */
    readonly fsType?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesScaleIo#gateway
     */
    readonly gateway?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesScaleIo#protectionDomain
     */
    readonly protectionDomain?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesScaleIo#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesScaleIo#secretRef
     */
    readonly secretRef?: KeycloakSpecUnsupportedPodTemplateSpecVolumesScaleIoSecretRef;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesScaleIo#sslEnabled
     */
    readonly sslEnabled?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesScaleIo#storageMode
     */
    readonly storageMode?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesScaleIo#storagePool
     */
    readonly storagePool?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesScaleIo#system
     */
    readonly system?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesScaleIo#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesScaleIo' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesScaleIo(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesScaleIo | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesSecret
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesSecret {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesSecret#items
     */
    readonly items?: KeycloakSpecUnsupportedPodTemplateSpecVolumesSecretItems[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesSecret#optional
     */
    readonly optional?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesSecret' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesSecret(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesSecret | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesStorageos
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesStorageos {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesStorageos#fsType
     */
    readonly fsType?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesStorageos#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesStorageos#secretRef
     */
    readonly secretRef?: KeycloakSpecUnsupportedPodTemplateSpecVolumesStorageosSecretRef;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesStorageos#volumeName
     */
    readonly volumeName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesStorageos#volumeNamespace
     */
    readonly volumeNamespace?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesStorageos' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesStorageos(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesStorageos | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesVsphereVolume
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesVsphereVolume {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesVsphereVolume#fsType
     */
    readonly fsType?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesVsphereVolume#storagePolicyID
     */
    readonly storagePolicyId?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesVsphereVolume#storagePolicyName
     */
    readonly storagePolicyName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesVsphereVolume#volumePath
     */
    readonly volumePath?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesVsphereVolume' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesVsphereVolume(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesVsphereVolume | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * @schema KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * @schema KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * @schema KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * @schema KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference?: KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms?: KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm?: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm?: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFrom
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFrom {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromConfigMapKeyRef;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFrom#fieldRef
     */
    readonly fieldRef?: KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromFieldRef;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromResourceFieldRef;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFrom' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFrom(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvFromConfigMapRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersEnvFromConfigMapRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersEnvFromConfigMapRef(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvFromSecretRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersEnvFromSecretRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersEnvFromSecretRef(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStart
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStart {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStart#exec
     */
    readonly exec?: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartExec;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStart#httpGet
     */
    readonly httpGet?: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartHttpGet;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStart#sleep
     */
    readonly sleep?: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartSleep;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStart' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStart(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStop
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStop {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStop#exec
     */
    readonly exec?: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopExec;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStop#httpGet
     */
    readonly httpGet?: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopHttpGet;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStop#sleep
     */
    readonly sleep?: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopSleep;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStop' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStop(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeExec
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeExec {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeExec' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeExec(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeGrpc
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeGrpc {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeGrpc#port
     */
    readonly port?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeGrpc(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeHttpGet
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeHttpGet {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeHttpGetHttpHeaders[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeHttpGet#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeHttpGetPort;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeHttpGet(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeTcpSocket
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeTcpSocket {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeTcpSocket#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeTcpSocket(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeExec
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeExec {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeExec' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeExec(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeGrpc
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeGrpc {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeGrpc#port
     */
    readonly port?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeGrpc(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeHttpGet
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeHttpGet {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeHttpGetHttpHeaders[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeHttpGet#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeHttpGetPort;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeHttpGet(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeTcpSocket
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeTcpSocket {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeTcpSocket#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeTcpSocket(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersResourcesClaims
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersResourcesClaims {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersResourcesClaims#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersResourcesClaims' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersResourcesClaims(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersResourcesLimits
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecContainersResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecContainersResourcesLimits;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecContainersResourcesLimits;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersResourcesRequests
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecContainersResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecContainersResourcesRequests;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecContainersResourcesRequests;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextAppArmorProfile
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextAppArmorProfile {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextAppArmorProfile(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextCapabilities
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextCapabilities {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextCapabilities(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextSeLinuxOptions
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextSeLinuxOptions {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextSeLinuxOptions(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextSeccompProfile
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextSeccompProfile {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextSeccompProfile(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextWindowsOptions
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextWindowsOptions {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextWindowsOptions(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeExec
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeExec {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeExec' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeExec(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeGrpc
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeGrpc {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeGrpc#port
     */
    readonly port?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeGrpc' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeGrpc(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeHttpGet
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeHttpGet {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeHttpGetHttpHeaders[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeHttpGet#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeHttpGetPort;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeHttpGet' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeHttpGet(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeTcpSocket
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeTcpSocket {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeTcpSocket#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeTcpSocketPort;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeTcpSocket' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeTcpSocket(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFrom
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFrom {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFrom#fieldRef
     */
    readonly fieldRef?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromFieldRef;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFrom' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFrom(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvFromConfigMapRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvFromConfigMapRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvFromConfigMapRef(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvFromSecretRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvFromSecretRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvFromSecretRef(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStart
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStart {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStart#exec
     */
    readonly exec?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartExec;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStart#httpGet
     */
    readonly httpGet?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartHttpGet;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStart#sleep
     */
    readonly sleep?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartSleep;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStart' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStart(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStop
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStop {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStop#exec
     */
    readonly exec?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopExec;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStop#httpGet
     */
    readonly httpGet?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopHttpGet;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStop#sleep
     */
    readonly sleep?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopSleep;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStop' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStop(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeExec
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeExec {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeExec' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeExec(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeGrpc
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeGrpc {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeGrpc#port
     */
    readonly port?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeGrpc(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeHttpGet
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeHttpGet {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeHttpGet#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeHttpGetPort;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeHttpGet(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeTcpSocket
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeTcpSocket {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeTcpSocket#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeTcpSocket(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeExec
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeExec {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeExec' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeExec(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeGrpc
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeGrpc {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeGrpc#port
     */
    readonly port?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeGrpc(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeHttpGet
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeHttpGet {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeHttpGet#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeHttpGetPort;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeHttpGet(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeTcpSocket
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeTcpSocket {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeTcpSocket#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeTcpSocket(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResourcesClaims
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResourcesClaims {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResourcesClaims#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResourcesClaims' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResourcesClaims(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResourcesLimits
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResourcesLimits;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResourcesLimits;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResourcesRequests
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResourcesRequests;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersResourcesRequests;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextAppArmorProfile
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextAppArmorProfile {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextAppArmorProfile(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextCapabilities
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextCapabilities {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextCapabilities(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextSeccompProfile
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextSeccompProfile {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextSeccompProfile(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextWindowsOptions
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextWindowsOptions {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextWindowsOptions(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeExec
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeExec {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeExec' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeExec(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeGrpc
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeGrpc {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeGrpc#port
     */
    readonly port?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeGrpc' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeGrpc(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeHttpGet
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeHttpGet {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeHttpGet#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeHttpGetPort;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeHttpGet' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeHttpGet(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeTcpSocket
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeTcpSocket {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeTcpSocket#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeTcpSocketPort;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeTcpSocket' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeTcpSocket(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFrom
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFrom {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromConfigMapKeyRef;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFrom#fieldRef
     */
    readonly fieldRef?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromFieldRef;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromResourceFieldRef;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFrom' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFrom(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvFromConfigMapRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvFromConfigMapRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvFromConfigMapRef(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvFromSecretRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvFromSecretRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvFromSecretRef(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStart
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStart {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStart#exec
     */
    readonly exec?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartExec;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStart#httpGet
     */
    readonly httpGet?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartHttpGet;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStart#sleep
     */
    readonly sleep?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartSleep;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStart' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStart(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStop
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStop {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStop#exec
     */
    readonly exec?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopExec;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStop#httpGet
     */
    readonly httpGet?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopHttpGet;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStop#sleep
     */
    readonly sleep?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopSleep;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStop' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStop(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeExec
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeExec {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeExec' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeExec(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeGrpc
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeGrpc {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeGrpc#port
     */
    readonly port?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeGrpc(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeHttpGet
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeHttpGet {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeHttpGet#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeHttpGetPort;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeHttpGet(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeTcpSocket
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeTcpSocket {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeTcpSocket#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeTcpSocket(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeExec
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeExec {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeExec' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeExec(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeGrpc
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeGrpc {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeGrpc#port
     */
    readonly port?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeGrpc(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeHttpGet
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeHttpGet {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeHttpGet#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeHttpGetPort;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeHttpGet(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeTcpSocket
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeTcpSocket {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeTcpSocket#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeTcpSocket(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersResourcesClaims
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersResourcesClaims {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersResourcesClaims#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersResourcesClaims' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersResourcesClaims(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersResourcesLimits
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecInitContainersResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecInitContainersResourcesLimits;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecInitContainersResourcesLimits;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersResourcesRequests
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecInitContainersResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecInitContainersResourcesRequests;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecInitContainersResourcesRequests;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextAppArmorProfile
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextAppArmorProfile {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextAppArmorProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextAppArmorProfile(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextCapabilities
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextCapabilities {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextCapabilities(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextSeLinuxOptions
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextSeLinuxOptions {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextSeLinuxOptions(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextSeccompProfile
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextSeccompProfile {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextSeccompProfile#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextSeccompProfile(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextWindowsOptions
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextWindowsOptions {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextWindowsOptions(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeExec
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeExec {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeExec' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeExec(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeGrpc
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeGrpc {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeGrpc#port
     */
    readonly port?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeGrpc' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeGrpc(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeHttpGet
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeHttpGet {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeHttpGet#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeHttpGetPort;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeHttpGet' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeHttpGet(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeTcpSocket
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeTcpSocket {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeTcpSocket#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeTcpSocketPort;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeTcpSocket' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeTcpSocket(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: KeycloakSpecUnsupportedPodTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesCephfsSecretRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesCephfsSecretRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesCephfsSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesCephfsSecretRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesCephfsSecretRef(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesCephfsSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesCinderSecretRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesCinderSecretRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesCinderSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesCinderSecretRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesCinderSecretRef(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesCinderSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesConfigMapItems
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesConfigMapItems {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesConfigMapItems#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesConfigMapItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesConfigMapItems' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesConfigMapItems(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesCsiNodePublishSecretRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesCsiNodePublishSecretRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesCsiNodePublishSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesCsiNodePublishSecretRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesCsiNodePublishSecretRef(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesCsiNodePublishSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItems
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItems {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItems#fieldRef
     */
    readonly fieldRef?: KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItemsFieldRef;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItems#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItems' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItems(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEmptyDirSizeLimit
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecVolumesEmptyDirSizeLimit {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecVolumesEmptyDirSizeLimit;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecVolumesEmptyDirSizeLimit;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplate
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplate {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplate#metadata
     */
    readonly metadata?: KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadata;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplate#spec
     */
    readonly spec?: KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpec;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplate' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplate(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplate | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesFlexVolumeSecretRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesFlexVolumeSecretRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesFlexVolumeSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesFlexVolumeSecretRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesFlexVolumeSecretRef(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesFlexVolumeSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesIscsiSecretRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesIscsiSecretRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesIscsiSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesIscsiSecretRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesIscsiSecretRef(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesIscsiSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSources
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSources {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSources#clusterTrustBundle
     */
    readonly clusterTrustBundle?: KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesClusterTrustBundle;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSources#configMap
     */
    readonly configMap?: KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesConfigMap;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSources#downwardAPI
     */
    readonly downwardApi?: KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApi;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSources#secret
     */
    readonly secret?: KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesSecret;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSources#serviceAccountToken
     */
    readonly serviceAccountToken?: KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesServiceAccountToken;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSources' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSources(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSources | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesRbdSecretRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesRbdSecretRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesRbdSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesRbdSecretRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesRbdSecretRef(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesRbdSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesScaleIoSecretRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesScaleIoSecretRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesScaleIoSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesScaleIoSecretRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesScaleIoSecretRef(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesScaleIoSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesSecretItems
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesSecretItems {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesSecretItems#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesSecretItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesSecretItems' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesSecretItems(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesSecretItems | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesStorageosSecretRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesStorageosSecretRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesStorageosSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesStorageosSecretRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesStorageosSecretRef(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesStorageosSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromConfigMapKeyRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromConfigMapKeyRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromConfigMapKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromConfigMapKeyRef(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromFieldRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromFieldRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromFieldRef(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromResourceFieldRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromResourceFieldRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromResourceFieldRef#resource
     */
    readonly resource?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromResourceFieldRef(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromSecretKeyRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromSecretKeyRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromSecretKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromSecretKeyRef(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartExec
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartExec {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartExec(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartHttpGet
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartHttpGet {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartHttpGet#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartHttpGetPort;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartHttpGet(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartSleep
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartSleep {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartSleep#seconds
     */
    readonly seconds?: number;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartSleep(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartTcpSocket
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartTcpSocket {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartTcpSocket#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartTcpSocket(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopExec
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopExec {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopExec(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopHttpGet
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopHttpGet {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopHttpGet#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopHttpGetPort;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopHttpGet(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopSleep
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopSleep {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopSleep#seconds
     */
    readonly seconds?: number;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopSleep(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopTcpSocket
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopTcpSocket {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopTcpSocket#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopTcpSocket(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeHttpGetHttpHeaders
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeHttpGetHttpHeaders {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeHttpGetHttpHeaders(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeHttpGetPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeHttpGetPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeTcpSocketPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecContainersLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeHttpGetHttpHeaders
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeHttpGetHttpHeaders {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeHttpGetHttpHeaders(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeHttpGetPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeHttpGetPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeTcpSocketPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecContainersReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeHttpGetHttpHeaders
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeHttpGetHttpHeaders {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeHttpGetHttpHeaders#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeHttpGetHttpHeaders#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeHttpGetHttpHeaders(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeHttpGetPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeHttpGetPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeHttpGetPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeTcpSocketPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeTcpSocketPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecContainersStartupProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromFieldRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromFieldRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromFieldRef(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef#resource
     */
    readonly resource?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartExec
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartExec {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartExec(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartHttpGet
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartHttpGet {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartHttpGet#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartHttpGetPort;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartHttpGet(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartSleep
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartSleep {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartSleep#seconds
     */
    readonly seconds?: number;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartSleep(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopExec
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopExec {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopExec(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopHttpGet
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopHttpGet {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopHttpGet#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopHttpGetPort;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopHttpGet(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopSleep
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopSleep {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopSleep#seconds
     */
    readonly seconds?: number;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopSleep(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeHttpGetPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeHttpGetPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeHttpGetPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeHttpGetPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeTcpSocketPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeHttpGetPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeHttpGetPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeHttpGetPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeTcpSocketPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeTcpSocketPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersStartupProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromConfigMapKeyRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromConfigMapKeyRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromConfigMapKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromConfigMapKeyRef(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromFieldRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromFieldRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromFieldRef(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromResourceFieldRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromResourceFieldRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromResourceFieldRef#resource
     */
    readonly resource?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromResourceFieldRef(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromSecretKeyRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromSecretKeyRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromSecretKeyRef#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromSecretKeyRef(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartExec
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartExec {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartExec(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartHttpGet
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartHttpGet {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartHttpGet#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartHttpGetPort;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartHttpGet(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartSleep
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartSleep {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartSleep#seconds
     */
    readonly seconds?: number;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartSleep(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartTcpSocket
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartTcpSocket {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartTcpSocket#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartTcpSocket(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopExec
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopExec {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopExec(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopHttpGet
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopHttpGet {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopHttpGet#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopHttpGetPort;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopHttpGet(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopSleep
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopSleep {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopSleep#seconds
     */
    readonly seconds?: number;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopSleep(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopTcpSocket
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopTcpSocket {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopTcpSocket#port
     */
    readonly port?: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopTcpSocket(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeHttpGetPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeHttpGetPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeTcpSocketPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecInitContainersLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeHttpGetPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeHttpGetPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeTcpSocketPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecInitContainersReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeHttpGetPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeHttpGetPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeHttpGetPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeTcpSocketPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeTcpSocketPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecInitContainersStartupProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItemsFieldRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItemsFieldRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItemsFieldRef(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItemsResourceFieldRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItemsResourceFieldRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItemsResourceFieldRefDivisor;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItemsResourceFieldRef(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadata
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadata {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadata#creationTimestamp
     */
    readonly creationTimestamp?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadata#deletionGracePeriodSeconds
     */
    readonly deletionGracePeriodSeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadata#deletionTimestamp
     */
    readonly deletionTimestamp?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadata#generateName
     */
    readonly generateName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadata#generation
     */
    readonly generation?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadata#managedFields
     */
    readonly managedFields?: KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadataManagedFields[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadata#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadata#namespace
     */
    readonly namespace?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadata#ownerReferences
     */
    readonly ownerReferences?: KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadataOwnerReferences[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadata#resourceVersion
     */
    readonly resourceVersion?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadata#selfLink
     */
    readonly selfLink?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadata#uid
     */
    readonly uid?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadata' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadata(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpec
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpec {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpec#accessModes
     */
    readonly accessModes?: string[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpec#dataSource
     */
    readonly dataSource?: KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpec#dataSourceRef
     */
    readonly dataSourceRef?: KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpec#resources
     */
    readonly resources?: KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecResources;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpec#selector
     */
    readonly selector?: KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecSelector;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpec' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpec(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesClusterTrustBundle
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesClusterTrustBundle {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesClusterTrustBundle#labelSelector
     */
    readonly labelSelector?: KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesClusterTrustBundle#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesClusterTrustBundle#optional
     */
    readonly optional?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesClusterTrustBundle#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesClusterTrustBundle#signerName
     */
    readonly signerName?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesClusterTrustBundle' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesClusterTrustBundle(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesClusterTrustBundle | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesConfigMap
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesConfigMap {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesConfigMap#items
     */
    readonly items?: KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesConfigMapItems[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesConfigMap#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesConfigMap' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesConfigMap(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesConfigMap | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApi
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApi {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApi#items
     */
    readonly items?: KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItems[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApi' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApi(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApi | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesSecret
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesSecret {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesSecret#items
     */
    readonly items?: KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesSecretItems[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesSecret#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesSecret' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesSecret(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesSecret | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesServiceAccountToken
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesServiceAccountToken {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesServiceAccountToken#audience
     */
    readonly audience?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesServiceAccountToken#expirationSeconds
     */
    readonly expirationSeconds?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesServiceAccountToken#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesServiceAccountToken' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesServiceAccountToken(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesServiceAccountToken | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromResourceFieldRefDivisor
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartHttpGetPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartTcpSocketPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders(obj: KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopHttpGetPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopTcpSocketPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartHttpGetPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders(obj: KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopHttpGetPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopTcpSocketPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecEphemeralContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromResourceFieldRefDivisor
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecInitContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartHttpGetPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartTcpSocketPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders(obj: KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopHttpGetPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopTcpSocketPort
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecInitContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItemsResourceFieldRefDivisor
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecVolumesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadataManagedFields
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadataManagedFields {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadataManagedFields#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadataManagedFields#fieldsType
     */
    readonly fieldsType?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadataManagedFields#fieldsV1
     */
    readonly fieldsV1?: any;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadataManagedFields#manager
     */
    readonly manager?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadataManagedFields#operation
     */
    readonly operation?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadataManagedFields#subresource
     */
    readonly subresource?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadataManagedFields#time
     */
    readonly time?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadataManagedFields' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadataManagedFields(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadataManagedFields | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadataOwnerReferences
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadataOwnerReferences {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadataOwnerReferences#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadataOwnerReferences#blockOwnerDeletion
     */
    readonly blockOwnerDeletion?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadataOwnerReferences#controller
     */
    readonly controller?: boolean;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadataOwnerReferences#kind
     */
    readonly kind?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadataOwnerReferences#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadataOwnerReferences#uid
     */
    readonly uid?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadataOwnerReferences' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadataOwnerReferences(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadataOwnerReferences | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource#kind
     */
    readonly kind?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#kind
     */
    readonly kind?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecResources
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecResources {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecResources#limits
     */
    readonly limits?: {
        [key: string]: KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    };
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecResources#requests
     */
    readonly requests?: {
        [key: string]: KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecResources' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecResources(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecResources | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecSelector
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecSelector {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecSelector#matchExpressions
     */
    readonly matchExpressions?: KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecSelector' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecSelector(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector#matchExpressions
     */
    readonly matchExpressions?: KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions[];
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesConfigMapItems
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesConfigMapItems {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesConfigMapItems#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesConfigMapItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesConfigMapItems' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesConfigMapItems(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItems
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItems {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItems#fieldRef
     */
    readonly fieldRef?: KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItemsFieldRef;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItems#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItems' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItems(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesSecretItems
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesSecretItems {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesSecretItems#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesSecretItems#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesSecretItems' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesSecretItems(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesSecretItems | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: KeycloakSpecUnsupportedPodTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#operator
     */
    readonly operator?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItemsFieldRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItemsFieldRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItemsFieldRef(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef
 */
export interface KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef {
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    /**
     * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource?: string;
}
/**
 * Converts an object of type 'KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef(obj: KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor
 */
export declare class KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): KeycloakSpecUnsupportedPodTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
/**
 *
 *
 * @schema KeycloakRealmImport
 */
export declare class KeycloakRealmImport extends ApiObject {
    /**
     * Returns the apiVersion and kind for "KeycloakRealmImport"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "KeycloakRealmImport".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: KeycloakRealmImportProps): any;
    /**
     * Defines a "KeycloakRealmImport" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: KeycloakRealmImportProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema KeycloakRealmImport
 */
export interface KeycloakRealmImportProps {
    /**
     * @schema KeycloakRealmImport#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema KeycloakRealmImport#spec
     */
    readonly spec?: KeycloakRealmImportSpec;
}
/**
 * Converts an object of type 'KeycloakRealmImportProps' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportProps(obj: KeycloakRealmImportProps | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpec
 */
export interface KeycloakRealmImportSpec {
    /**
     * The name of the Keycloak CR to reference, in the same namespace.
     *
     * @schema KeycloakRealmImportSpec#keycloakCRName
     */
    readonly keycloakCrName: string;
    /**
     * Optionally set to replace ENV variable placeholders in the realm import.
     *
     * @schema KeycloakRealmImportSpec#placeholders
     */
    readonly placeholders?: {
        [key: string]: KeycloakRealmImportSpecPlaceholders;
    };
    /**
     * The RealmRepresentation to import into Keycloak.
     *
     * @schema KeycloakRealmImportSpec#realm
     */
    readonly realm: KeycloakRealmImportSpecRealm;
    /**
     * Compute Resources required by Keycloak container. If not specified, the value is inherited from the Keycloak CR.
     *
     * @schema KeycloakRealmImportSpec#resources
     */
    readonly resources?: KeycloakRealmImportSpecResources;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpec' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpec(obj: KeycloakRealmImportSpec | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecPlaceholders
 */
export interface KeycloakRealmImportSpecPlaceholders {
    /**
     * @schema KeycloakRealmImportSpecPlaceholders#secret
     */
    readonly secret?: KeycloakRealmImportSpecPlaceholdersSecret;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecPlaceholders' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecPlaceholders(obj: KeycloakRealmImportSpecPlaceholders | undefined): Record<string, any> | undefined;
/**
 * The RealmRepresentation to import into Keycloak.
 *
 * @schema KeycloakRealmImportSpecRealm
 */
export interface KeycloakRealmImportSpecRealm {
    /**
     * @schema KeycloakRealmImportSpecRealm#accessCodeLifespan
     */
    readonly accessCodeLifespan?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#accessCodeLifespanLogin
     */
    readonly accessCodeLifespanLogin?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#accessCodeLifespanUserAction
     */
    readonly accessCodeLifespanUserAction?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#accessTokenLifespan
     */
    readonly accessTokenLifespan?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#accessTokenLifespanForImplicitFlow
     */
    readonly accessTokenLifespanForImplicitFlow?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#accountTheme
     */
    readonly accountTheme?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#actionTokenGeneratedByAdminLifespan
     */
    readonly actionTokenGeneratedByAdminLifespan?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#actionTokenGeneratedByUserLifespan
     */
    readonly actionTokenGeneratedByUserLifespan?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#adminEventsDetailsEnabled
     */
    readonly adminEventsDetailsEnabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealm#adminEventsEnabled
     */
    readonly adminEventsEnabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealm#adminTheme
     */
    readonly adminTheme?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#applicationScopeMappings
     */
    readonly applicationScopeMappings?: {
        [key: string]: KeycloakRealmImportSpecRealmApplicationScopeMappings[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealm#applications
     */
    readonly applications?: KeycloakRealmImportSpecRealmApplications[];
    /**
     * @schema KeycloakRealmImportSpecRealm#attributes
     */
    readonly attributes?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakRealmImportSpecRealm#authenticationFlows
     */
    readonly authenticationFlows?: KeycloakRealmImportSpecRealmAuthenticationFlows[];
    /**
     * @schema KeycloakRealmImportSpecRealm#authenticatorConfig
     */
    readonly authenticatorConfig?: KeycloakRealmImportSpecRealmAuthenticatorConfig[];
    /**
     * @schema KeycloakRealmImportSpecRealm#browserFlow
     */
    readonly browserFlow?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#browserSecurityHeaders
     */
    readonly browserSecurityHeaders?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakRealmImportSpecRealm#bruteForceProtected
     */
    readonly bruteForceProtected?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealm#certificate
     */
    readonly certificate?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#clientAuthenticationFlow
     */
    readonly clientAuthenticationFlow?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#clientOfflineSessionIdleTimeout
     */
    readonly clientOfflineSessionIdleTimeout?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#clientOfflineSessionMaxLifespan
     */
    readonly clientOfflineSessionMaxLifespan?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#clientPolicies
     */
    readonly clientPolicies?: any;
    /**
     * @schema KeycloakRealmImportSpecRealm#clientProfiles
     */
    readonly clientProfiles?: any;
    /**
     * @schema KeycloakRealmImportSpecRealm#clientScopeMappings
     */
    readonly clientScopeMappings?: {
        [key: string]: KeycloakRealmImportSpecRealmClientScopeMappings[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealm#clientScopes
     */
    readonly clientScopes?: KeycloakRealmImportSpecRealmClientScopes[];
    /**
     * @schema KeycloakRealmImportSpecRealm#clientSessionIdleTimeout
     */
    readonly clientSessionIdleTimeout?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#clientSessionMaxLifespan
     */
    readonly clientSessionMaxLifespan?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#clientTemplates
     */
    readonly clientTemplates?: KeycloakRealmImportSpecRealmClientTemplates[];
    /**
     * @schema KeycloakRealmImportSpecRealm#clients
     */
    readonly clients?: KeycloakRealmImportSpecRealmClients[];
    /**
     * @schema KeycloakRealmImportSpecRealm#codeSecret
     */
    readonly codeSecret?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#components
     */
    readonly components?: {
        [key: string]: KeycloakRealmImportSpecRealmComponents[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealm#defaultDefaultClientScopes
     */
    readonly defaultDefaultClientScopes?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealm#defaultGroups
     */
    readonly defaultGroups?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealm#defaultLocale
     */
    readonly defaultLocale?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#defaultOptionalClientScopes
     */
    readonly defaultOptionalClientScopes?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealm#defaultRole
     */
    readonly defaultRole?: KeycloakRealmImportSpecRealmDefaultRole;
    /**
     * @schema KeycloakRealmImportSpecRealm#defaultRoles
     */
    readonly defaultRoles?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealm#defaultSignatureAlgorithm
     */
    readonly defaultSignatureAlgorithm?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#directGrantFlow
     */
    readonly directGrantFlow?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#displayName
     */
    readonly displayName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#displayNameHtml
     */
    readonly displayNameHtml?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#dockerAuthenticationFlow
     */
    readonly dockerAuthenticationFlow?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#duplicateEmailsAllowed
     */
    readonly duplicateEmailsAllowed?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealm#editUsernameAllowed
     */
    readonly editUsernameAllowed?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealm#emailTheme
     */
    readonly emailTheme?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#enabled
     */
    readonly enabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealm#enabledEventTypes
     */
    readonly enabledEventTypes?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealm#eventsEnabled
     */
    readonly eventsEnabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealm#eventsExpiration
     */
    readonly eventsExpiration?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#eventsListeners
     */
    readonly eventsListeners?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealm#failureFactor
     */
    readonly failureFactor?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#federatedUsers
     */
    readonly federatedUsers?: KeycloakRealmImportSpecRealmFederatedUsers[];
    /**
     * @schema KeycloakRealmImportSpecRealm#firstBrokerLoginFlow
     */
    readonly firstBrokerLoginFlow?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#groups
     */
    readonly groups?: KeycloakRealmImportSpecRealmGroups[];
    /**
     * @schema KeycloakRealmImportSpecRealm#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#identityProviderMappers
     */
    readonly identityProviderMappers?: KeycloakRealmImportSpecRealmIdentityProviderMappers[];
    /**
     * @schema KeycloakRealmImportSpecRealm#identityProviders
     */
    readonly identityProviders?: KeycloakRealmImportSpecRealmIdentityProviders[];
    /**
     * @schema KeycloakRealmImportSpecRealm#internationalizationEnabled
     */
    readonly internationalizationEnabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealm#keycloakVersion
     */
    readonly keycloakVersion?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#localizationTexts
     */
    readonly localizationTexts?: {
        [key: string]: {
            [key: string]: string;
        };
    };
    /**
     * @schema KeycloakRealmImportSpecRealm#loginTheme
     */
    readonly loginTheme?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#loginWithEmailAllowed
     */
    readonly loginWithEmailAllowed?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealm#maxDeltaTimeSeconds
     */
    readonly maxDeltaTimeSeconds?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#maxFailureWaitSeconds
     */
    readonly maxFailureWaitSeconds?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#maxTemporaryLockouts
     */
    readonly maxTemporaryLockouts?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#minimumQuickLoginWaitSeconds
     */
    readonly minimumQuickLoginWaitSeconds?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#notBefore
     */
    readonly notBefore?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#oauth2DeviceCodeLifespan
     */
    readonly oauth2DeviceCodeLifespan?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#oauth2DevicePollingInterval
     */
    readonly oauth2DevicePollingInterval?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#oauthClients
     */
    readonly oauthClients?: KeycloakRealmImportSpecRealmOauthClients[];
    /**
     * @schema KeycloakRealmImportSpecRealm#offlineSessionIdleTimeout
     */
    readonly offlineSessionIdleTimeout?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#offlineSessionMaxLifespan
     */
    readonly offlineSessionMaxLifespan?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#offlineSessionMaxLifespanEnabled
     */
    readonly offlineSessionMaxLifespanEnabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealm#organizations
     */
    readonly organizations?: KeycloakRealmImportSpecRealmOrganizations[];
    /**
     * @schema KeycloakRealmImportSpecRealm#organizationsEnabled
     */
    readonly organizationsEnabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealm#otpPolicyAlgorithm
     */
    readonly otpPolicyAlgorithm?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#otpPolicyCodeReusable
     */
    readonly otpPolicyCodeReusable?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealm#otpPolicyDigits
     */
    readonly otpPolicyDigits?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#otpPolicyInitialCounter
     */
    readonly otpPolicyInitialCounter?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#otpPolicyLookAheadWindow
     */
    readonly otpPolicyLookAheadWindow?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#otpPolicyPeriod
     */
    readonly otpPolicyPeriod?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#otpPolicyType
     */
    readonly otpPolicyType?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#otpSupportedApplications
     */
    readonly otpSupportedApplications?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealm#passwordCredentialGrantAllowed
     */
    readonly passwordCredentialGrantAllowed?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealm#passwordPolicy
     */
    readonly passwordPolicy?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#permanentLockout
     */
    readonly permanentLockout?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealm#privateKey
     */
    readonly privateKey?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#protocolMappers
     */
    readonly protocolMappers?: KeycloakRealmImportSpecRealmProtocolMappers[];
    /**
     * @schema KeycloakRealmImportSpecRealm#publicKey
     */
    readonly publicKey?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#quickLoginCheckMilliSeconds
     */
    readonly quickLoginCheckMilliSeconds?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#realm
     */
    readonly realm?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#refreshTokenMaxReuse
     */
    readonly refreshTokenMaxReuse?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#registrationAllowed
     */
    readonly registrationAllowed?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealm#registrationEmailAsUsername
     */
    readonly registrationEmailAsUsername?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealm#registrationFlow
     */
    readonly registrationFlow?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#rememberMe
     */
    readonly rememberMe?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealm#requiredActions
     */
    readonly requiredActions?: KeycloakRealmImportSpecRealmRequiredActions[];
    /**
     * @schema KeycloakRealmImportSpecRealm#requiredCredentials
     */
    readonly requiredCredentials?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealm#resetCredentialsFlow
     */
    readonly resetCredentialsFlow?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#resetPasswordAllowed
     */
    readonly resetPasswordAllowed?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealm#revokeRefreshToken
     */
    readonly revokeRefreshToken?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealm#roles
     */
    readonly roles?: KeycloakRealmImportSpecRealmRoles;
    /**
     * @schema KeycloakRealmImportSpecRealm#scopeMappings
     */
    readonly scopeMappings?: KeycloakRealmImportSpecRealmScopeMappings[];
    /**
     * @schema KeycloakRealmImportSpecRealm#smtpServer
     */
    readonly smtpServer?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakRealmImportSpecRealm#social
     */
    readonly social?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealm#socialProviders
     */
    readonly socialProviders?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakRealmImportSpecRealm#sslRequired
     */
    readonly sslRequired?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#ssoSessionIdleTimeout
     */
    readonly ssoSessionIdleTimeout?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#ssoSessionIdleTimeoutRememberMe
     */
    readonly ssoSessionIdleTimeoutRememberMe?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#ssoSessionMaxLifespan
     */
    readonly ssoSessionMaxLifespan?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#ssoSessionMaxLifespanRememberMe
     */
    readonly ssoSessionMaxLifespanRememberMe?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#supportedLocales
     */
    readonly supportedLocales?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealm#updateProfileOnInitialSocialLogin
     */
    readonly updateProfileOnInitialSocialLogin?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealm#userFederationMappers
     */
    readonly userFederationMappers?: KeycloakRealmImportSpecRealmUserFederationMappers[];
    /**
     * @schema KeycloakRealmImportSpecRealm#userFederationProviders
     */
    readonly userFederationProviders?: KeycloakRealmImportSpecRealmUserFederationProviders[];
    /**
     * @schema KeycloakRealmImportSpecRealm#userManagedAccessAllowed
     */
    readonly userManagedAccessAllowed?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealm#users
     */
    readonly users?: KeycloakRealmImportSpecRealmUsers[];
    /**
     * @schema KeycloakRealmImportSpecRealm#verifyEmail
     */
    readonly verifyEmail?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealm#waitIncrementSeconds
     */
    readonly waitIncrementSeconds?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#webAuthnPolicyAcceptableAaguids
     */
    readonly webAuthnPolicyAcceptableAaguids?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealm#webAuthnPolicyAttestationConveyancePreference
     */
    readonly webAuthnPolicyAttestationConveyancePreference?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#webAuthnPolicyAuthenticatorAttachment
     */
    readonly webAuthnPolicyAuthenticatorAttachment?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#webAuthnPolicyAvoidSameAuthenticatorRegister
     */
    readonly webAuthnPolicyAvoidSameAuthenticatorRegister?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealm#webAuthnPolicyCreateTimeout
     */
    readonly webAuthnPolicyCreateTimeout?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#webAuthnPolicyExtraOrigins
     */
    readonly webAuthnPolicyExtraOrigins?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealm#webAuthnPolicyPasswordlessAcceptableAaguids
     */
    readonly webAuthnPolicyPasswordlessAcceptableAaguids?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealm#webAuthnPolicyPasswordlessAttestationConveyancePreference
     */
    readonly webAuthnPolicyPasswordlessAttestationConveyancePreference?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#webAuthnPolicyPasswordlessAuthenticatorAttachment
     */
    readonly webAuthnPolicyPasswordlessAuthenticatorAttachment?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#webAuthnPolicyPasswordlessAvoidSameAuthenticatorRegister
     */
    readonly webAuthnPolicyPasswordlessAvoidSameAuthenticatorRegister?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealm#webAuthnPolicyPasswordlessCreateTimeout
     */
    readonly webAuthnPolicyPasswordlessCreateTimeout?: number;
    /**
     * @schema KeycloakRealmImportSpecRealm#webAuthnPolicyPasswordlessExtraOrigins
     */
    readonly webAuthnPolicyPasswordlessExtraOrigins?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealm#webAuthnPolicyPasswordlessRequireResidentKey
     */
    readonly webAuthnPolicyPasswordlessRequireResidentKey?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#webAuthnPolicyPasswordlessRpEntityName
     */
    readonly webAuthnPolicyPasswordlessRpEntityName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#webAuthnPolicyPasswordlessRpId
     */
    readonly webAuthnPolicyPasswordlessRpId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#webAuthnPolicyPasswordlessSignatureAlgorithms
     */
    readonly webAuthnPolicyPasswordlessSignatureAlgorithms?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealm#webAuthnPolicyPasswordlessUserVerificationRequirement
     */
    readonly webAuthnPolicyPasswordlessUserVerificationRequirement?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#webAuthnPolicyRequireResidentKey
     */
    readonly webAuthnPolicyRequireResidentKey?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#webAuthnPolicyRpEntityName
     */
    readonly webAuthnPolicyRpEntityName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#webAuthnPolicyRpId
     */
    readonly webAuthnPolicyRpId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealm#webAuthnPolicySignatureAlgorithms
     */
    readonly webAuthnPolicySignatureAlgorithms?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealm#webAuthnPolicyUserVerificationRequirement
     */
    readonly webAuthnPolicyUserVerificationRequirement?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealm' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealm(obj: KeycloakRealmImportSpecRealm | undefined): Record<string, any> | undefined;
/**
 * Compute Resources required by Keycloak container. If not specified, the value is inherited from the Keycloak CR.
 *
 * @schema KeycloakRealmImportSpecResources
 */
export interface KeycloakRealmImportSpecResources {
    /**
     * @schema KeycloakRealmImportSpecResources#claims
     */
    readonly claims?: KeycloakRealmImportSpecResourcesClaims[];
    /**
     * @schema KeycloakRealmImportSpecResources#limits
     */
    readonly limits?: {
        [key: string]: KeycloakRealmImportSpecResourcesLimits;
    };
    /**
     * @schema KeycloakRealmImportSpecResources#requests
     */
    readonly requests?: {
        [key: string]: KeycloakRealmImportSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecResources' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecResources(obj: KeycloakRealmImportSpecResources | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecPlaceholdersSecret
 */
export interface KeycloakRealmImportSpecPlaceholdersSecret {
    /**
     * @schema KeycloakRealmImportSpecPlaceholdersSecret#key
     */
    readonly key?: string;
    /**
     * @schema KeycloakRealmImportSpecPlaceholdersSecret#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecPlaceholdersSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecPlaceholdersSecret' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecPlaceholdersSecret(obj: KeycloakRealmImportSpecPlaceholdersSecret | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmApplicationScopeMappings
 */
export interface KeycloakRealmImportSpecRealmApplicationScopeMappings {
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationScopeMappings#client
     */
    readonly client?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationScopeMappings#clientScope
     */
    readonly clientScope?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationScopeMappings#clientTemplate
     */
    readonly clientTemplate?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationScopeMappings#roles
     */
    readonly roles?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationScopeMappings#self
     */
    readonly self?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmApplicationScopeMappings' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmApplicationScopeMappings(obj: KeycloakRealmImportSpecRealmApplicationScopeMappings | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmApplications
 */
export interface KeycloakRealmImportSpecRealmApplications {
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#access
     */
    readonly access?: {
        [key: string]: boolean;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#adminUrl
     */
    readonly adminUrl?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#alwaysDisplayInConsole
     */
    readonly alwaysDisplayInConsole?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#attributes
     */
    readonly attributes?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#authenticationFlowBindingOverrides
     */
    readonly authenticationFlowBindingOverrides?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#authorizationServicesEnabled
     */
    readonly authorizationServicesEnabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#authorizationSettings
     */
    readonly authorizationSettings?: KeycloakRealmImportSpecRealmApplicationsAuthorizationSettings;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#baseUrl
     */
    readonly baseUrl?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#bearerOnly
     */
    readonly bearerOnly?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#claims
     */
    readonly claims?: KeycloakRealmImportSpecRealmApplicationsClaims;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#clientAuthenticatorType
     */
    readonly clientAuthenticatorType?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#clientId
     */
    readonly clientId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#clientTemplate
     */
    readonly clientTemplate?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#consentRequired
     */
    readonly consentRequired?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#defaultClientScopes
     */
    readonly defaultClientScopes?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#defaultRoles
     */
    readonly defaultRoles?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#description
     */
    readonly description?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#directAccessGrantsEnabled
     */
    readonly directAccessGrantsEnabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#directGrantsOnly
     */
    readonly directGrantsOnly?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#enabled
     */
    readonly enabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#frontchannelLogout
     */
    readonly frontchannelLogout?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#fullScopeAllowed
     */
    readonly fullScopeAllowed?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#implicitFlowEnabled
     */
    readonly implicitFlowEnabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#nodeReRegistrationTimeout
     */
    readonly nodeReRegistrationTimeout?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#notBefore
     */
    readonly notBefore?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#optionalClientScopes
     */
    readonly optionalClientScopes?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#origin
     */
    readonly origin?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#protocol
     */
    readonly protocol?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#protocolMappers
     */
    readonly protocolMappers?: KeycloakRealmImportSpecRealmApplicationsProtocolMappers[];
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#publicClient
     */
    readonly publicClient?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#redirectUris
     */
    readonly redirectUris?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#registeredNodes
     */
    readonly registeredNodes?: {
        [key: string]: number;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#registrationAccessToken
     */
    readonly registrationAccessToken?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#rootUrl
     */
    readonly rootUrl?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#secret
     */
    readonly secret?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#serviceAccountsEnabled
     */
    readonly serviceAccountsEnabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#standardFlowEnabled
     */
    readonly standardFlowEnabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#surrogateAuthRequired
     */
    readonly surrogateAuthRequired?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#type
     */
    readonly type?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#useTemplateConfig
     */
    readonly useTemplateConfig?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#useTemplateMappers
     */
    readonly useTemplateMappers?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#useTemplateScope
     */
    readonly useTemplateScope?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplications#webOrigins
     */
    readonly webOrigins?: string[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmApplications' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmApplications(obj: KeycloakRealmImportSpecRealmApplications | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmAuthenticationFlows
 */
export interface KeycloakRealmImportSpecRealmAuthenticationFlows {
    /**
     * @schema KeycloakRealmImportSpecRealmAuthenticationFlows#alias
     */
    readonly alias?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmAuthenticationFlows#authenticationExecutions
     */
    readonly authenticationExecutions?: KeycloakRealmImportSpecRealmAuthenticationFlowsAuthenticationExecutions[];
    /**
     * @schema KeycloakRealmImportSpecRealmAuthenticationFlows#builtIn
     */
    readonly builtIn?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmAuthenticationFlows#description
     */
    readonly description?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmAuthenticationFlows#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmAuthenticationFlows#providerId
     */
    readonly providerId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmAuthenticationFlows#topLevel
     */
    readonly topLevel?: boolean;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmAuthenticationFlows' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmAuthenticationFlows(obj: KeycloakRealmImportSpecRealmAuthenticationFlows | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmAuthenticatorConfig
 */
export interface KeycloakRealmImportSpecRealmAuthenticatorConfig {
    /**
     * @schema KeycloakRealmImportSpecRealmAuthenticatorConfig#alias
     */
    readonly alias?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmAuthenticatorConfig#config
     */
    readonly config?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmAuthenticatorConfig#id
     */
    readonly id?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmAuthenticatorConfig' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmAuthenticatorConfig(obj: KeycloakRealmImportSpecRealmAuthenticatorConfig | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmClientScopeMappings
 */
export interface KeycloakRealmImportSpecRealmClientScopeMappings {
    /**
     * @schema KeycloakRealmImportSpecRealmClientScopeMappings#client
     */
    readonly client?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientScopeMappings#clientScope
     */
    readonly clientScope?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientScopeMappings#clientTemplate
     */
    readonly clientTemplate?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientScopeMappings#roles
     */
    readonly roles?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmClientScopeMappings#self
     */
    readonly self?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmClientScopeMappings' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmClientScopeMappings(obj: KeycloakRealmImportSpecRealmClientScopeMappings | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmClientScopes
 */
export interface KeycloakRealmImportSpecRealmClientScopes {
    /**
     * @schema KeycloakRealmImportSpecRealmClientScopes#attributes
     */
    readonly attributes?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmClientScopes#description
     */
    readonly description?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientScopes#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientScopes#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientScopes#protocol
     */
    readonly protocol?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientScopes#protocolMappers
     */
    readonly protocolMappers?: KeycloakRealmImportSpecRealmClientScopesProtocolMappers[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmClientScopes' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmClientScopes(obj: KeycloakRealmImportSpecRealmClientScopes | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmClientTemplates
 */
export interface KeycloakRealmImportSpecRealmClientTemplates {
    /**
     * @schema KeycloakRealmImportSpecRealmClientTemplates#attributes
     */
    readonly attributes?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmClientTemplates#bearerOnly
     */
    readonly bearerOnly?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClientTemplates#consentRequired
     */
    readonly consentRequired?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClientTemplates#description
     */
    readonly description?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientTemplates#directAccessGrantsEnabled
     */
    readonly directAccessGrantsEnabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClientTemplates#frontchannelLogout
     */
    readonly frontchannelLogout?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClientTemplates#fullScopeAllowed
     */
    readonly fullScopeAllowed?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClientTemplates#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientTemplates#implicitFlowEnabled
     */
    readonly implicitFlowEnabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClientTemplates#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientTemplates#protocol
     */
    readonly protocol?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientTemplates#protocolMappers
     */
    readonly protocolMappers?: KeycloakRealmImportSpecRealmClientTemplatesProtocolMappers[];
    /**
     * @schema KeycloakRealmImportSpecRealmClientTemplates#publicClient
     */
    readonly publicClient?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClientTemplates#serviceAccountsEnabled
     */
    readonly serviceAccountsEnabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClientTemplates#standardFlowEnabled
     */
    readonly standardFlowEnabled?: boolean;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmClientTemplates' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmClientTemplates(obj: KeycloakRealmImportSpecRealmClientTemplates | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmClients
 */
export interface KeycloakRealmImportSpecRealmClients {
    /**
     * @schema KeycloakRealmImportSpecRealmClients#access
     */
    readonly access?: {
        [key: string]: boolean;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmClients#adminUrl
     */
    readonly adminUrl?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#alwaysDisplayInConsole
     */
    readonly alwaysDisplayInConsole?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#attributes
     */
    readonly attributes?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmClients#authenticationFlowBindingOverrides
     */
    readonly authenticationFlowBindingOverrides?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmClients#authorizationServicesEnabled
     */
    readonly authorizationServicesEnabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#authorizationSettings
     */
    readonly authorizationSettings?: KeycloakRealmImportSpecRealmClientsAuthorizationSettings;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#baseUrl
     */
    readonly baseUrl?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#bearerOnly
     */
    readonly bearerOnly?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#clientAuthenticatorType
     */
    readonly clientAuthenticatorType?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#clientId
     */
    readonly clientId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#clientTemplate
     */
    readonly clientTemplate?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#consentRequired
     */
    readonly consentRequired?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#defaultClientScopes
     */
    readonly defaultClientScopes?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmClients#defaultRoles
     */
    readonly defaultRoles?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmClients#description
     */
    readonly description?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#directAccessGrantsEnabled
     */
    readonly directAccessGrantsEnabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#directGrantsOnly
     */
    readonly directGrantsOnly?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#enabled
     */
    readonly enabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#frontchannelLogout
     */
    readonly frontchannelLogout?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#fullScopeAllowed
     */
    readonly fullScopeAllowed?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#implicitFlowEnabled
     */
    readonly implicitFlowEnabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#nodeReRegistrationTimeout
     */
    readonly nodeReRegistrationTimeout?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#notBefore
     */
    readonly notBefore?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#optionalClientScopes
     */
    readonly optionalClientScopes?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmClients#origin
     */
    readonly origin?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#protocol
     */
    readonly protocol?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#protocolMappers
     */
    readonly protocolMappers?: KeycloakRealmImportSpecRealmClientsProtocolMappers[];
    /**
     * @schema KeycloakRealmImportSpecRealmClients#publicClient
     */
    readonly publicClient?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#redirectUris
     */
    readonly redirectUris?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmClients#registeredNodes
     */
    readonly registeredNodes?: {
        [key: string]: number;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmClients#registrationAccessToken
     */
    readonly registrationAccessToken?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#rootUrl
     */
    readonly rootUrl?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#secret
     */
    readonly secret?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#serviceAccountsEnabled
     */
    readonly serviceAccountsEnabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#standardFlowEnabled
     */
    readonly standardFlowEnabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#surrogateAuthRequired
     */
    readonly surrogateAuthRequired?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#type
     */
    readonly type?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#useTemplateConfig
     */
    readonly useTemplateConfig?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#useTemplateMappers
     */
    readonly useTemplateMappers?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#useTemplateScope
     */
    readonly useTemplateScope?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClients#webOrigins
     */
    readonly webOrigins?: string[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmClients' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmClients(obj: KeycloakRealmImportSpecRealmClients | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmComponents
 */
export interface KeycloakRealmImportSpecRealmComponents {
    /**
     * @schema KeycloakRealmImportSpecRealmComponents#config
     */
    readonly config?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmComponents#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponents#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponents#providerId
     */
    readonly providerId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponents#subComponents
     */
    readonly subComponents?: {
        [key: string]: KeycloakRealmImportSpecRealmComponentsSubComponents[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmComponents#subType
     */
    readonly subType?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmComponents' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmComponents(obj: KeycloakRealmImportSpecRealmComponents | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmDefaultRole
 */
export interface KeycloakRealmImportSpecRealmDefaultRole {
    /**
     * @schema KeycloakRealmImportSpecRealmDefaultRole#attributes
     */
    readonly attributes?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmDefaultRole#clientRole
     */
    readonly clientRole?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmDefaultRole#composite
     */
    readonly composite?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmDefaultRole#composites
     */
    readonly composites?: KeycloakRealmImportSpecRealmDefaultRoleComposites;
    /**
     * @schema KeycloakRealmImportSpecRealmDefaultRole#containerId
     */
    readonly containerId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmDefaultRole#description
     */
    readonly description?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmDefaultRole#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmDefaultRole#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmDefaultRole#scopeParamRequired
     */
    readonly scopeParamRequired?: boolean;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmDefaultRole' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmDefaultRole(obj: KeycloakRealmImportSpecRealmDefaultRole | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmFederatedUsers
 */
export interface KeycloakRealmImportSpecRealmFederatedUsers {
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsers#access
     */
    readonly access?: {
        [key: string]: boolean;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsers#applicationRoles
     */
    readonly applicationRoles?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsers#attributes
     */
    readonly attributes?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsers#clientConsents
     */
    readonly clientConsents?: KeycloakRealmImportSpecRealmFederatedUsersClientConsents[];
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsers#clientRoles
     */
    readonly clientRoles?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsers#createdTimestamp
     */
    readonly createdTimestamp?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsers#credentials
     */
    readonly credentials?: KeycloakRealmImportSpecRealmFederatedUsersCredentials[];
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsers#disableableCredentialTypes
     */
    readonly disableableCredentialTypes?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsers#email
     */
    readonly email?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsers#emailVerified
     */
    readonly emailVerified?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsers#enabled
     */
    readonly enabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsers#federatedIdentities
     */
    readonly federatedIdentities?: KeycloakRealmImportSpecRealmFederatedUsersFederatedIdentities[];
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsers#federationLink
     */
    readonly federationLink?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsers#firstName
     */
    readonly firstName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsers#groups
     */
    readonly groups?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsers#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsers#lastName
     */
    readonly lastName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsers#notBefore
     */
    readonly notBefore?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsers#origin
     */
    readonly origin?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsers#realmRoles
     */
    readonly realmRoles?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsers#requiredActions
     */
    readonly requiredActions?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsers#self
     */
    readonly self?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsers#serviceAccountClientId
     */
    readonly serviceAccountClientId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsers#socialLinks
     */
    readonly socialLinks?: KeycloakRealmImportSpecRealmFederatedUsersSocialLinks[];
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsers#totp
     */
    readonly totp?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsers#userProfileMetadata
     */
    readonly userProfileMetadata?: KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadata;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsers#username
     */
    readonly username?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmFederatedUsers' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmFederatedUsers(obj: KeycloakRealmImportSpecRealmFederatedUsers | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmGroups
 */
export interface KeycloakRealmImportSpecRealmGroups {
    /**
     * @schema KeycloakRealmImportSpecRealmGroups#access
     */
    readonly access?: {
        [key: string]: boolean;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroups#attributes
     */
    readonly attributes?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroups#clientRoles
     */
    readonly clientRoles?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroups#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroups#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroups#parentId
     */
    readonly parentId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroups#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroups#realmRoles
     */
    readonly realmRoles?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmGroups#subGroupCount
     */
    readonly subGroupCount?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmGroups#subGroups
     */
    readonly subGroups?: KeycloakRealmImportSpecRealmGroupsSubGroups[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmGroups' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmGroups(obj: KeycloakRealmImportSpecRealmGroups | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmIdentityProviderMappers
 */
export interface KeycloakRealmImportSpecRealmIdentityProviderMappers {
    /**
     * @schema KeycloakRealmImportSpecRealmIdentityProviderMappers#config
     */
    readonly config?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmIdentityProviderMappers#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmIdentityProviderMappers#identityProviderAlias
     */
    readonly identityProviderAlias?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmIdentityProviderMappers#identityProviderMapper
     */
    readonly identityProviderMapper?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmIdentityProviderMappers#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmIdentityProviderMappers' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmIdentityProviderMappers(obj: KeycloakRealmImportSpecRealmIdentityProviderMappers | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmIdentityProviders
 */
export interface KeycloakRealmImportSpecRealmIdentityProviders {
    /**
     * @schema KeycloakRealmImportSpecRealmIdentityProviders#addReadTokenRoleOnCreate
     */
    readonly addReadTokenRoleOnCreate?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmIdentityProviders#alias
     */
    readonly alias?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmIdentityProviders#authenticateByDefault
     */
    readonly authenticateByDefault?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmIdentityProviders#config
     */
    readonly config?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmIdentityProviders#displayName
     */
    readonly displayName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmIdentityProviders#enabled
     */
    readonly enabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmIdentityProviders#firstBrokerLoginFlowAlias
     */
    readonly firstBrokerLoginFlowAlias?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmIdentityProviders#hideOnLogin
     */
    readonly hideOnLogin?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmIdentityProviders#internalId
     */
    readonly internalId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmIdentityProviders#linkOnly
     */
    readonly linkOnly?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmIdentityProviders#organizationId
     */
    readonly organizationId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmIdentityProviders#postBrokerLoginFlowAlias
     */
    readonly postBrokerLoginFlowAlias?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmIdentityProviders#providerId
     */
    readonly providerId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmIdentityProviders#storeToken
     */
    readonly storeToken?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmIdentityProviders#trustEmail
     */
    readonly trustEmail?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmIdentityProviders#updateProfileFirstLoginMode
     */
    readonly updateProfileFirstLoginMode?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmIdentityProviders' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmIdentityProviders(obj: KeycloakRealmImportSpecRealmIdentityProviders | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmOauthClients
 */
export interface KeycloakRealmImportSpecRealmOauthClients {
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#access
     */
    readonly access?: {
        [key: string]: boolean;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#adminUrl
     */
    readonly adminUrl?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#alwaysDisplayInConsole
     */
    readonly alwaysDisplayInConsole?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#attributes
     */
    readonly attributes?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#authenticationFlowBindingOverrides
     */
    readonly authenticationFlowBindingOverrides?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#authorizationServicesEnabled
     */
    readonly authorizationServicesEnabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#authorizationSettings
     */
    readonly authorizationSettings?: KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettings;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#baseUrl
     */
    readonly baseUrl?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#bearerOnly
     */
    readonly bearerOnly?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#claims
     */
    readonly claims?: KeycloakRealmImportSpecRealmOauthClientsClaims;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#clientAuthenticatorType
     */
    readonly clientAuthenticatorType?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#clientId
     */
    readonly clientId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#clientTemplate
     */
    readonly clientTemplate?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#consentRequired
     */
    readonly consentRequired?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#defaultClientScopes
     */
    readonly defaultClientScopes?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#defaultRoles
     */
    readonly defaultRoles?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#description
     */
    readonly description?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#directAccessGrantsEnabled
     */
    readonly directAccessGrantsEnabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#directGrantsOnly
     */
    readonly directGrantsOnly?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#enabled
     */
    readonly enabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#frontchannelLogout
     */
    readonly frontchannelLogout?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#fullScopeAllowed
     */
    readonly fullScopeAllowed?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#implicitFlowEnabled
     */
    readonly implicitFlowEnabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#nodeReRegistrationTimeout
     */
    readonly nodeReRegistrationTimeout?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#notBefore
     */
    readonly notBefore?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#optionalClientScopes
     */
    readonly optionalClientScopes?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#origin
     */
    readonly origin?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#protocol
     */
    readonly protocol?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#protocolMappers
     */
    readonly protocolMappers?: KeycloakRealmImportSpecRealmOauthClientsProtocolMappers[];
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#publicClient
     */
    readonly publicClient?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#redirectUris
     */
    readonly redirectUris?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#registeredNodes
     */
    readonly registeredNodes?: {
        [key: string]: number;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#registrationAccessToken
     */
    readonly registrationAccessToken?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#rootUrl
     */
    readonly rootUrl?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#secret
     */
    readonly secret?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#serviceAccountsEnabled
     */
    readonly serviceAccountsEnabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#standardFlowEnabled
     */
    readonly standardFlowEnabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#surrogateAuthRequired
     */
    readonly surrogateAuthRequired?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#type
     */
    readonly type?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#useTemplateConfig
     */
    readonly useTemplateConfig?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#useTemplateMappers
     */
    readonly useTemplateMappers?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#useTemplateScope
     */
    readonly useTemplateScope?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClients#webOrigins
     */
    readonly webOrigins?: string[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmOauthClients' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmOauthClients(obj: KeycloakRealmImportSpecRealmOauthClients | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmOrganizations
 */
export interface KeycloakRealmImportSpecRealmOrganizations {
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizations#alias
     */
    readonly alias?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizations#attributes
     */
    readonly attributes?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizations#description
     */
    readonly description?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizations#domains
     */
    readonly domains?: KeycloakRealmImportSpecRealmOrganizationsDomains[];
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizations#enabled
     */
    readonly enabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizations#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizations#identityProviders
     */
    readonly identityProviders?: KeycloakRealmImportSpecRealmOrganizationsIdentityProviders[];
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizations#members
     */
    readonly members?: KeycloakRealmImportSpecRealmOrganizationsMembers[];
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizations#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizations#redirectUrl
     */
    readonly redirectUrl?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmOrganizations' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmOrganizations(obj: KeycloakRealmImportSpecRealmOrganizations | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmProtocolMappers
 */
export interface KeycloakRealmImportSpecRealmProtocolMappers {
    /**
     * @schema KeycloakRealmImportSpecRealmProtocolMappers#config
     */
    readonly config?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmProtocolMappers#consentRequired
     */
    readonly consentRequired?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmProtocolMappers#consentText
     */
    readonly consentText?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmProtocolMappers#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmProtocolMappers#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmProtocolMappers#protocol
     */
    readonly protocol?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmProtocolMappers#protocolMapper
     */
    readonly protocolMapper?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmProtocolMappers' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmProtocolMappers(obj: KeycloakRealmImportSpecRealmProtocolMappers | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmRequiredActions
 */
export interface KeycloakRealmImportSpecRealmRequiredActions {
    /**
     * @schema KeycloakRealmImportSpecRealmRequiredActions#alias
     */
    readonly alias?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmRequiredActions#config
     */
    readonly config?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmRequiredActions#defaultAction
     */
    readonly defaultAction?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmRequiredActions#enabled
     */
    readonly enabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmRequiredActions#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmRequiredActions#priority
     */
    readonly priority?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmRequiredActions#providerId
     */
    readonly providerId?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmRequiredActions' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmRequiredActions(obj: KeycloakRealmImportSpecRealmRequiredActions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmRoles
 */
export interface KeycloakRealmImportSpecRealmRoles {
    /**
     * @schema KeycloakRealmImportSpecRealmRoles#application
     */
    readonly application?: {
        [key: string]: KeycloakRealmImportSpecRealmRolesApplication[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmRoles#client
     */
    readonly client?: {
        [key: string]: KeycloakRealmImportSpecRealmRolesClient[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmRoles#realm
     */
    readonly realm?: KeycloakRealmImportSpecRealmRolesRealm[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmRoles' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmRoles(obj: KeycloakRealmImportSpecRealmRoles | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmScopeMappings
 */
export interface KeycloakRealmImportSpecRealmScopeMappings {
    /**
     * @schema KeycloakRealmImportSpecRealmScopeMappings#client
     */
    readonly client?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmScopeMappings#clientScope
     */
    readonly clientScope?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmScopeMappings#clientTemplate
     */
    readonly clientTemplate?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmScopeMappings#roles
     */
    readonly roles?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmScopeMappings#self
     */
    readonly self?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmScopeMappings' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmScopeMappings(obj: KeycloakRealmImportSpecRealmScopeMappings | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmUserFederationMappers
 */
export interface KeycloakRealmImportSpecRealmUserFederationMappers {
    /**
     * @schema KeycloakRealmImportSpecRealmUserFederationMappers#config
     */
    readonly config?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmUserFederationMappers#federationMapperType
     */
    readonly federationMapperType?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUserFederationMappers#federationProviderDisplayName
     */
    readonly federationProviderDisplayName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUserFederationMappers#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUserFederationMappers#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmUserFederationMappers' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmUserFederationMappers(obj: KeycloakRealmImportSpecRealmUserFederationMappers | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmUserFederationProviders
 */
export interface KeycloakRealmImportSpecRealmUserFederationProviders {
    /**
     * @schema KeycloakRealmImportSpecRealmUserFederationProviders#changedSyncPeriod
     */
    readonly changedSyncPeriod?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmUserFederationProviders#config
     */
    readonly config?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmUserFederationProviders#displayName
     */
    readonly displayName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUserFederationProviders#fullSyncPeriod
     */
    readonly fullSyncPeriod?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmUserFederationProviders#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUserFederationProviders#lastSync
     */
    readonly lastSync?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmUserFederationProviders#priority
     */
    readonly priority?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmUserFederationProviders#providerName
     */
    readonly providerName?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmUserFederationProviders' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmUserFederationProviders(obj: KeycloakRealmImportSpecRealmUserFederationProviders | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmUsers
 */
export interface KeycloakRealmImportSpecRealmUsers {
    /**
     * @schema KeycloakRealmImportSpecRealmUsers#access
     */
    readonly access?: {
        [key: string]: boolean;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmUsers#applicationRoles
     */
    readonly applicationRoles?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmUsers#attributes
     */
    readonly attributes?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmUsers#clientConsents
     */
    readonly clientConsents?: KeycloakRealmImportSpecRealmUsersClientConsents[];
    /**
     * @schema KeycloakRealmImportSpecRealmUsers#clientRoles
     */
    readonly clientRoles?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmUsers#createdTimestamp
     */
    readonly createdTimestamp?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmUsers#credentials
     */
    readonly credentials?: KeycloakRealmImportSpecRealmUsersCredentials[];
    /**
     * @schema KeycloakRealmImportSpecRealmUsers#disableableCredentialTypes
     */
    readonly disableableCredentialTypes?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmUsers#email
     */
    readonly email?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUsers#emailVerified
     */
    readonly emailVerified?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmUsers#enabled
     */
    readonly enabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmUsers#federatedIdentities
     */
    readonly federatedIdentities?: KeycloakRealmImportSpecRealmUsersFederatedIdentities[];
    /**
     * @schema KeycloakRealmImportSpecRealmUsers#federationLink
     */
    readonly federationLink?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUsers#firstName
     */
    readonly firstName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUsers#groups
     */
    readonly groups?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmUsers#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUsers#lastName
     */
    readonly lastName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUsers#notBefore
     */
    readonly notBefore?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmUsers#origin
     */
    readonly origin?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUsers#realmRoles
     */
    readonly realmRoles?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmUsers#requiredActions
     */
    readonly requiredActions?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmUsers#self
     */
    readonly self?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUsers#serviceAccountClientId
     */
    readonly serviceAccountClientId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUsers#socialLinks
     */
    readonly socialLinks?: KeycloakRealmImportSpecRealmUsersSocialLinks[];
    /**
     * @schema KeycloakRealmImportSpecRealmUsers#totp
     */
    readonly totp?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmUsers#userProfileMetadata
     */
    readonly userProfileMetadata?: KeycloakRealmImportSpecRealmUsersUserProfileMetadata;
    /**
     * @schema KeycloakRealmImportSpecRealmUsers#username
     */
    readonly username?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmUsers' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmUsers(obj: KeycloakRealmImportSpecRealmUsers | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecResourcesClaims
 */
export interface KeycloakRealmImportSpecResourcesClaims {
    /**
     * @schema KeycloakRealmImportSpecResourcesClaims#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecResourcesClaims' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecResourcesClaims(obj: KeycloakRealmImportSpecResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecResourcesLimits
 */
export declare class KeycloakRealmImportSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakRealmImportSpecResourcesLimits;
    static fromString(value: string): KeycloakRealmImportSpecResourcesLimits;
    private constructor();
}
/**
 * @schema KeycloakRealmImportSpecResourcesRequests
 */
export declare class KeycloakRealmImportSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): KeycloakRealmImportSpecResourcesRequests;
    static fromString(value: string): KeycloakRealmImportSpecResourcesRequests;
    private constructor();
}
/**
 * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettings
 */
export interface KeycloakRealmImportSpecRealmApplicationsAuthorizationSettings {
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettings#allowRemoteResourceManagement
     */
    readonly allowRemoteResourceManagement?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettings#clientId
     */
    readonly clientId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettings#decisionStrategy
     */
    readonly decisionStrategy?: KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsDecisionStrategy;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettings#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettings#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettings#policies
     */
    readonly policies?: KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPolicies[];
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettings#policyEnforcementMode
     */
    readonly policyEnforcementMode?: KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPolicyEnforcementMode;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettings#resources
     */
    readonly resources?: KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResources[];
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettings#scopes
     */
    readonly scopes?: KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsScopes[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmApplicationsAuthorizationSettings' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmApplicationsAuthorizationSettings(obj: KeycloakRealmImportSpecRealmApplicationsAuthorizationSettings | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmApplicationsClaims
 */
export interface KeycloakRealmImportSpecRealmApplicationsClaims {
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsClaims#address
     */
    readonly address?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsClaims#email
     */
    readonly email?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsClaims#gender
     */
    readonly gender?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsClaims#locale
     */
    readonly locale?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsClaims#name
     */
    readonly name?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsClaims#phone
     */
    readonly phone?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsClaims#picture
     */
    readonly picture?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsClaims#profile
     */
    readonly profile?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsClaims#username
     */
    readonly username?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsClaims#website
     */
    readonly website?: boolean;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmApplicationsClaims' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmApplicationsClaims(obj: KeycloakRealmImportSpecRealmApplicationsClaims | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmApplicationsProtocolMappers
 */
export interface KeycloakRealmImportSpecRealmApplicationsProtocolMappers {
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsProtocolMappers#config
     */
    readonly config?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsProtocolMappers#consentRequired
     */
    readonly consentRequired?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsProtocolMappers#consentText
     */
    readonly consentText?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsProtocolMappers#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsProtocolMappers#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsProtocolMappers#protocol
     */
    readonly protocol?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsProtocolMappers#protocolMapper
     */
    readonly protocolMapper?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmApplicationsProtocolMappers' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmApplicationsProtocolMappers(obj: KeycloakRealmImportSpecRealmApplicationsProtocolMappers | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmAuthenticationFlowsAuthenticationExecutions
 */
export interface KeycloakRealmImportSpecRealmAuthenticationFlowsAuthenticationExecutions {
    /**
     * @schema KeycloakRealmImportSpecRealmAuthenticationFlowsAuthenticationExecutions#authenticator
     */
    readonly authenticator?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmAuthenticationFlowsAuthenticationExecutions#authenticatorConfig
     */
    readonly authenticatorConfig?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmAuthenticationFlowsAuthenticationExecutions#authenticatorFlow
     */
    readonly authenticatorFlow?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmAuthenticationFlowsAuthenticationExecutions#autheticatorFlow
     */
    readonly autheticatorFlow?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmAuthenticationFlowsAuthenticationExecutions#flowAlias
     */
    readonly flowAlias?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmAuthenticationFlowsAuthenticationExecutions#priority
     */
    readonly priority?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmAuthenticationFlowsAuthenticationExecutions#requirement
     */
    readonly requirement?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmAuthenticationFlowsAuthenticationExecutions#userSetupAllowed
     */
    readonly userSetupAllowed?: boolean;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmAuthenticationFlowsAuthenticationExecutions' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmAuthenticationFlowsAuthenticationExecutions(obj: KeycloakRealmImportSpecRealmAuthenticationFlowsAuthenticationExecutions | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmClientScopesProtocolMappers
 */
export interface KeycloakRealmImportSpecRealmClientScopesProtocolMappers {
    /**
     * @schema KeycloakRealmImportSpecRealmClientScopesProtocolMappers#config
     */
    readonly config?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmClientScopesProtocolMappers#consentRequired
     */
    readonly consentRequired?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClientScopesProtocolMappers#consentText
     */
    readonly consentText?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientScopesProtocolMappers#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientScopesProtocolMappers#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientScopesProtocolMappers#protocol
     */
    readonly protocol?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientScopesProtocolMappers#protocolMapper
     */
    readonly protocolMapper?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmClientScopesProtocolMappers' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmClientScopesProtocolMappers(obj: KeycloakRealmImportSpecRealmClientScopesProtocolMappers | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmClientTemplatesProtocolMappers
 */
export interface KeycloakRealmImportSpecRealmClientTemplatesProtocolMappers {
    /**
     * @schema KeycloakRealmImportSpecRealmClientTemplatesProtocolMappers#config
     */
    readonly config?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmClientTemplatesProtocolMappers#consentRequired
     */
    readonly consentRequired?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClientTemplatesProtocolMappers#consentText
     */
    readonly consentText?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientTemplatesProtocolMappers#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientTemplatesProtocolMappers#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientTemplatesProtocolMappers#protocol
     */
    readonly protocol?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientTemplatesProtocolMappers#protocolMapper
     */
    readonly protocolMapper?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmClientTemplatesProtocolMappers' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmClientTemplatesProtocolMappers(obj: KeycloakRealmImportSpecRealmClientTemplatesProtocolMappers | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettings
 */
export interface KeycloakRealmImportSpecRealmClientsAuthorizationSettings {
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettings#allowRemoteResourceManagement
     */
    readonly allowRemoteResourceManagement?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettings#clientId
     */
    readonly clientId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettings#decisionStrategy
     */
    readonly decisionStrategy?: KeycloakRealmImportSpecRealmClientsAuthorizationSettingsDecisionStrategy;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettings#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettings#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettings#policies
     */
    readonly policies?: KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPolicies[];
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettings#policyEnforcementMode
     */
    readonly policyEnforcementMode?: KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPolicyEnforcementMode;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettings#resources
     */
    readonly resources?: KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResources[];
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettings#scopes
     */
    readonly scopes?: KeycloakRealmImportSpecRealmClientsAuthorizationSettingsScopes[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmClientsAuthorizationSettings' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmClientsAuthorizationSettings(obj: KeycloakRealmImportSpecRealmClientsAuthorizationSettings | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmClientsProtocolMappers
 */
export interface KeycloakRealmImportSpecRealmClientsProtocolMappers {
    /**
     * @schema KeycloakRealmImportSpecRealmClientsProtocolMappers#config
     */
    readonly config?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmClientsProtocolMappers#consentRequired
     */
    readonly consentRequired?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsProtocolMappers#consentText
     */
    readonly consentText?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsProtocolMappers#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsProtocolMappers#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsProtocolMappers#protocol
     */
    readonly protocol?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsProtocolMappers#protocolMapper
     */
    readonly protocolMapper?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmClientsProtocolMappers' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmClientsProtocolMappers(obj: KeycloakRealmImportSpecRealmClientsProtocolMappers | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmComponentsSubComponents
 */
export interface KeycloakRealmImportSpecRealmComponentsSubComponents {
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponents#config
     */
    readonly config?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponents#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponents#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponents#providerId
     */
    readonly providerId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponents#subComponents
     */
    readonly subComponents?: {
        [key: string]: KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponents[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponents#subType
     */
    readonly subType?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmComponentsSubComponents' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmComponentsSubComponents(obj: KeycloakRealmImportSpecRealmComponentsSubComponents | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmDefaultRoleComposites
 */
export interface KeycloakRealmImportSpecRealmDefaultRoleComposites {
    /**
     * @schema KeycloakRealmImportSpecRealmDefaultRoleComposites#application
     */
    readonly application?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmDefaultRoleComposites#client
     */
    readonly client?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmDefaultRoleComposites#realm
     */
    readonly realm?: string[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmDefaultRoleComposites' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmDefaultRoleComposites(obj: KeycloakRealmImportSpecRealmDefaultRoleComposites | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmFederatedUsersClientConsents
 */
export interface KeycloakRealmImportSpecRealmFederatedUsersClientConsents {
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersClientConsents#clientId
     */
    readonly clientId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersClientConsents#createdDate
     */
    readonly createdDate?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersClientConsents#grantedClientScopes
     */
    readonly grantedClientScopes?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersClientConsents#grantedRealmRoles
     */
    readonly grantedRealmRoles?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersClientConsents#lastUpdatedDate
     */
    readonly lastUpdatedDate?: number;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmFederatedUsersClientConsents' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmFederatedUsersClientConsents(obj: KeycloakRealmImportSpecRealmFederatedUsersClientConsents | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmFederatedUsersCredentials
 */
export interface KeycloakRealmImportSpecRealmFederatedUsersCredentials {
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersCredentials#algorithm
     */
    readonly algorithm?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersCredentials#config
     */
    readonly config?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersCredentials#counter
     */
    readonly counter?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersCredentials#createdDate
     */
    readonly createdDate?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersCredentials#credentialData
     */
    readonly credentialData?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersCredentials#device
     */
    readonly device?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersCredentials#digits
     */
    readonly digits?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersCredentials#hashIterations
     */
    readonly hashIterations?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersCredentials#hashedSaltedValue
     */
    readonly hashedSaltedValue?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersCredentials#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersCredentials#period
     */
    readonly period?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersCredentials#priority
     */
    readonly priority?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersCredentials#salt
     */
    readonly salt?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersCredentials#secretData
     */
    readonly secretData?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersCredentials#temporary
     */
    readonly temporary?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersCredentials#type
     */
    readonly type?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersCredentials#userLabel
     */
    readonly userLabel?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersCredentials#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmFederatedUsersCredentials' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmFederatedUsersCredentials(obj: KeycloakRealmImportSpecRealmFederatedUsersCredentials | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmFederatedUsersFederatedIdentities
 */
export interface KeycloakRealmImportSpecRealmFederatedUsersFederatedIdentities {
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersFederatedIdentities#identityProvider
     */
    readonly identityProvider?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersFederatedIdentities#userId
     */
    readonly userId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersFederatedIdentities#userName
     */
    readonly userName?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmFederatedUsersFederatedIdentities' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmFederatedUsersFederatedIdentities(obj: KeycloakRealmImportSpecRealmFederatedUsersFederatedIdentities | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmFederatedUsersSocialLinks
 */
export interface KeycloakRealmImportSpecRealmFederatedUsersSocialLinks {
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersSocialLinks#socialProvider
     */
    readonly socialProvider?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersSocialLinks#socialUserId
     */
    readonly socialUserId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersSocialLinks#socialUsername
     */
    readonly socialUsername?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmFederatedUsersSocialLinks' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmFederatedUsersSocialLinks(obj: KeycloakRealmImportSpecRealmFederatedUsersSocialLinks | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadata
 */
export interface KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadata {
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadata#attributes
     */
    readonly attributes?: KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadataAttributes[];
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadata#groups
     */
    readonly groups?: KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadataGroups[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadata' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadata(obj: KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmGroupsSubGroups
 */
export interface KeycloakRealmImportSpecRealmGroupsSubGroups {
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroups#access
     */
    readonly access?: {
        [key: string]: boolean;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroups#attributes
     */
    readonly attributes?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroups#clientRoles
     */
    readonly clientRoles?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroups#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroups#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroups#parentId
     */
    readonly parentId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroups#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroups#realmRoles
     */
    readonly realmRoles?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroups#subGroupCount
     */
    readonly subGroupCount?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroups#subGroups
     */
    readonly subGroups?: KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroups[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmGroupsSubGroups' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmGroupsSubGroups(obj: KeycloakRealmImportSpecRealmGroupsSubGroups | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettings
 */
export interface KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettings {
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettings#allowRemoteResourceManagement
     */
    readonly allowRemoteResourceManagement?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettings#clientId
     */
    readonly clientId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettings#decisionStrategy
     */
    readonly decisionStrategy?: KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsDecisionStrategy;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettings#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettings#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettings#policies
     */
    readonly policies?: KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPolicies[];
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettings#policyEnforcementMode
     */
    readonly policyEnforcementMode?: KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPolicyEnforcementMode;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettings#resources
     */
    readonly resources?: KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResources[];
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettings#scopes
     */
    readonly scopes?: KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsScopes[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettings' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettings(obj: KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettings | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmOauthClientsClaims
 */
export interface KeycloakRealmImportSpecRealmOauthClientsClaims {
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsClaims#address
     */
    readonly address?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsClaims#email
     */
    readonly email?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsClaims#gender
     */
    readonly gender?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsClaims#locale
     */
    readonly locale?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsClaims#name
     */
    readonly name?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsClaims#phone
     */
    readonly phone?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsClaims#picture
     */
    readonly picture?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsClaims#profile
     */
    readonly profile?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsClaims#username
     */
    readonly username?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsClaims#website
     */
    readonly website?: boolean;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmOauthClientsClaims' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmOauthClientsClaims(obj: KeycloakRealmImportSpecRealmOauthClientsClaims | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmOauthClientsProtocolMappers
 */
export interface KeycloakRealmImportSpecRealmOauthClientsProtocolMappers {
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsProtocolMappers#config
     */
    readonly config?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsProtocolMappers#consentRequired
     */
    readonly consentRequired?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsProtocolMappers#consentText
     */
    readonly consentText?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsProtocolMappers#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsProtocolMappers#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsProtocolMappers#protocol
     */
    readonly protocol?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsProtocolMappers#protocolMapper
     */
    readonly protocolMapper?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmOauthClientsProtocolMappers' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmOauthClientsProtocolMappers(obj: KeycloakRealmImportSpecRealmOauthClientsProtocolMappers | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmOrganizationsDomains
 */
export interface KeycloakRealmImportSpecRealmOrganizationsDomains {
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsDomains#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsDomains#verified
     */
    readonly verified?: boolean;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmOrganizationsDomains' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmOrganizationsDomains(obj: KeycloakRealmImportSpecRealmOrganizationsDomains | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmOrganizationsIdentityProviders
 */
export interface KeycloakRealmImportSpecRealmOrganizationsIdentityProviders {
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsIdentityProviders#addReadTokenRoleOnCreate
     */
    readonly addReadTokenRoleOnCreate?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsIdentityProviders#alias
     */
    readonly alias?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsIdentityProviders#authenticateByDefault
     */
    readonly authenticateByDefault?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsIdentityProviders#config
     */
    readonly config?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsIdentityProviders#displayName
     */
    readonly displayName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsIdentityProviders#enabled
     */
    readonly enabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsIdentityProviders#firstBrokerLoginFlowAlias
     */
    readonly firstBrokerLoginFlowAlias?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsIdentityProviders#hideOnLogin
     */
    readonly hideOnLogin?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsIdentityProviders#internalId
     */
    readonly internalId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsIdentityProviders#linkOnly
     */
    readonly linkOnly?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsIdentityProviders#organizationId
     */
    readonly organizationId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsIdentityProviders#postBrokerLoginFlowAlias
     */
    readonly postBrokerLoginFlowAlias?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsIdentityProviders#providerId
     */
    readonly providerId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsIdentityProviders#storeToken
     */
    readonly storeToken?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsIdentityProviders#trustEmail
     */
    readonly trustEmail?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsIdentityProviders#updateProfileFirstLoginMode
     */
    readonly updateProfileFirstLoginMode?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmOrganizationsIdentityProviders' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmOrganizationsIdentityProviders(obj: KeycloakRealmImportSpecRealmOrganizationsIdentityProviders | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmOrganizationsMembers
 */
export interface KeycloakRealmImportSpecRealmOrganizationsMembers {
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembers#access
     */
    readonly access?: {
        [key: string]: boolean;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembers#applicationRoles
     */
    readonly applicationRoles?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembers#attributes
     */
    readonly attributes?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembers#clientConsents
     */
    readonly clientConsents?: KeycloakRealmImportSpecRealmOrganizationsMembersClientConsents[];
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembers#clientRoles
     */
    readonly clientRoles?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembers#createdTimestamp
     */
    readonly createdTimestamp?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembers#credentials
     */
    readonly credentials?: KeycloakRealmImportSpecRealmOrganizationsMembersCredentials[];
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembers#disableableCredentialTypes
     */
    readonly disableableCredentialTypes?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembers#email
     */
    readonly email?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembers#emailVerified
     */
    readonly emailVerified?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembers#enabled
     */
    readonly enabled?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembers#federatedIdentities
     */
    readonly federatedIdentities?: KeycloakRealmImportSpecRealmOrganizationsMembersFederatedIdentities[];
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembers#federationLink
     */
    readonly federationLink?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembers#firstName
     */
    readonly firstName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembers#groups
     */
    readonly groups?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembers#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembers#lastName
     */
    readonly lastName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembers#membershipType
     */
    readonly membershipType?: KeycloakRealmImportSpecRealmOrganizationsMembersMembershipType;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembers#notBefore
     */
    readonly notBefore?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembers#origin
     */
    readonly origin?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembers#realmRoles
     */
    readonly realmRoles?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembers#requiredActions
     */
    readonly requiredActions?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembers#self
     */
    readonly self?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembers#serviceAccountClientId
     */
    readonly serviceAccountClientId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembers#socialLinks
     */
    readonly socialLinks?: KeycloakRealmImportSpecRealmOrganizationsMembersSocialLinks[];
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembers#totp
     */
    readonly totp?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembers#userProfileMetadata
     */
    readonly userProfileMetadata?: KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadata;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembers#username
     */
    readonly username?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmOrganizationsMembers' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmOrganizationsMembers(obj: KeycloakRealmImportSpecRealmOrganizationsMembers | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmRolesApplication
 */
export interface KeycloakRealmImportSpecRealmRolesApplication {
    /**
     * @schema KeycloakRealmImportSpecRealmRolesApplication#attributes
     */
    readonly attributes?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmRolesApplication#clientRole
     */
    readonly clientRole?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmRolesApplication#composite
     */
    readonly composite?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmRolesApplication#composites
     */
    readonly composites?: KeycloakRealmImportSpecRealmRolesApplicationComposites;
    /**
     * @schema KeycloakRealmImportSpecRealmRolesApplication#containerId
     */
    readonly containerId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmRolesApplication#description
     */
    readonly description?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmRolesApplication#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmRolesApplication#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmRolesApplication#scopeParamRequired
     */
    readonly scopeParamRequired?: boolean;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmRolesApplication' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmRolesApplication(obj: KeycloakRealmImportSpecRealmRolesApplication | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmRolesClient
 */
export interface KeycloakRealmImportSpecRealmRolesClient {
    /**
     * @schema KeycloakRealmImportSpecRealmRolesClient#attributes
     */
    readonly attributes?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmRolesClient#clientRole
     */
    readonly clientRole?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmRolesClient#composite
     */
    readonly composite?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmRolesClient#composites
     */
    readonly composites?: KeycloakRealmImportSpecRealmRolesClientComposites;
    /**
     * @schema KeycloakRealmImportSpecRealmRolesClient#containerId
     */
    readonly containerId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmRolesClient#description
     */
    readonly description?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmRolesClient#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmRolesClient#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmRolesClient#scopeParamRequired
     */
    readonly scopeParamRequired?: boolean;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmRolesClient' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmRolesClient(obj: KeycloakRealmImportSpecRealmRolesClient | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmRolesRealm
 */
export interface KeycloakRealmImportSpecRealmRolesRealm {
    /**
     * @schema KeycloakRealmImportSpecRealmRolesRealm#attributes
     */
    readonly attributes?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmRolesRealm#clientRole
     */
    readonly clientRole?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmRolesRealm#composite
     */
    readonly composite?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmRolesRealm#composites
     */
    readonly composites?: KeycloakRealmImportSpecRealmRolesRealmComposites;
    /**
     * @schema KeycloakRealmImportSpecRealmRolesRealm#containerId
     */
    readonly containerId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmRolesRealm#description
     */
    readonly description?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmRolesRealm#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmRolesRealm#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmRolesRealm#scopeParamRequired
     */
    readonly scopeParamRequired?: boolean;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmRolesRealm' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmRolesRealm(obj: KeycloakRealmImportSpecRealmRolesRealm | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmUsersClientConsents
 */
export interface KeycloakRealmImportSpecRealmUsersClientConsents {
    /**
     * @schema KeycloakRealmImportSpecRealmUsersClientConsents#clientId
     */
    readonly clientId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersClientConsents#createdDate
     */
    readonly createdDate?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersClientConsents#grantedClientScopes
     */
    readonly grantedClientScopes?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmUsersClientConsents#grantedRealmRoles
     */
    readonly grantedRealmRoles?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmUsersClientConsents#lastUpdatedDate
     */
    readonly lastUpdatedDate?: number;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmUsersClientConsents' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmUsersClientConsents(obj: KeycloakRealmImportSpecRealmUsersClientConsents | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmUsersCredentials
 */
export interface KeycloakRealmImportSpecRealmUsersCredentials {
    /**
     * @schema KeycloakRealmImportSpecRealmUsersCredentials#algorithm
     */
    readonly algorithm?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersCredentials#config
     */
    readonly config?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmUsersCredentials#counter
     */
    readonly counter?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersCredentials#createdDate
     */
    readonly createdDate?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersCredentials#credentialData
     */
    readonly credentialData?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersCredentials#device
     */
    readonly device?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersCredentials#digits
     */
    readonly digits?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersCredentials#hashIterations
     */
    readonly hashIterations?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersCredentials#hashedSaltedValue
     */
    readonly hashedSaltedValue?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersCredentials#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersCredentials#period
     */
    readonly period?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersCredentials#priority
     */
    readonly priority?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersCredentials#salt
     */
    readonly salt?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersCredentials#secretData
     */
    readonly secretData?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersCredentials#temporary
     */
    readonly temporary?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersCredentials#type
     */
    readonly type?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersCredentials#userLabel
     */
    readonly userLabel?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersCredentials#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmUsersCredentials' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmUsersCredentials(obj: KeycloakRealmImportSpecRealmUsersCredentials | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmUsersFederatedIdentities
 */
export interface KeycloakRealmImportSpecRealmUsersFederatedIdentities {
    /**
     * @schema KeycloakRealmImportSpecRealmUsersFederatedIdentities#identityProvider
     */
    readonly identityProvider?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersFederatedIdentities#userId
     */
    readonly userId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersFederatedIdentities#userName
     */
    readonly userName?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmUsersFederatedIdentities' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmUsersFederatedIdentities(obj: KeycloakRealmImportSpecRealmUsersFederatedIdentities | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmUsersSocialLinks
 */
export interface KeycloakRealmImportSpecRealmUsersSocialLinks {
    /**
     * @schema KeycloakRealmImportSpecRealmUsersSocialLinks#socialProvider
     */
    readonly socialProvider?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersSocialLinks#socialUserId
     */
    readonly socialUserId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersSocialLinks#socialUsername
     */
    readonly socialUsername?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmUsersSocialLinks' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmUsersSocialLinks(obj: KeycloakRealmImportSpecRealmUsersSocialLinks | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmUsersUserProfileMetadata
 */
export interface KeycloakRealmImportSpecRealmUsersUserProfileMetadata {
    /**
     * @schema KeycloakRealmImportSpecRealmUsersUserProfileMetadata#attributes
     */
    readonly attributes?: KeycloakRealmImportSpecRealmUsersUserProfileMetadataAttributes[];
    /**
     * @schema KeycloakRealmImportSpecRealmUsersUserProfileMetadata#groups
     */
    readonly groups?: KeycloakRealmImportSpecRealmUsersUserProfileMetadataGroups[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmUsersUserProfileMetadata' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmUsersUserProfileMetadata(obj: KeycloakRealmImportSpecRealmUsersUserProfileMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsDecisionStrategy
 */
export declare enum KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsDecisionStrategy {
    /** AFFIRMATIVE */
    AFFIRMATIVE = "AFFIRMATIVE",
    /** CONSENSUS */
    CONSENSUS = "CONSENSUS",
    /** UNANIMOUS */
    UNANIMOUS = "UNANIMOUS"
}
/**
 * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPolicies
 */
export interface KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPolicies {
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPolicies#config
     */
    readonly config?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPolicies#decisionStrategy
     */
    readonly decisionStrategy?: KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesDecisionStrategy;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPolicies#description
     */
    readonly description?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPolicies#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPolicies#logic
     */
    readonly logic?: KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesLogic;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPolicies#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPolicies#owner
     */
    readonly owner?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPolicies#policies
     */
    readonly policies?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPolicies#resources
     */
    readonly resources?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPolicies#resourcesData
     */
    readonly resourcesData?: KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesData[];
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPolicies#scopes
     */
    readonly scopes?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPolicies#scopesData
     */
    readonly scopesData?: KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesScopesData[];
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPolicies#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPolicies' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPolicies(obj: KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPolicies | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPolicyEnforcementMode
 */
export declare enum KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPolicyEnforcementMode {
    /** DISABLED */
    DISABLED = "DISABLED",
    /** ENFORCING */
    ENFORCING = "ENFORCING",
    /** PERMISSIVE */
    PERMISSIVE = "PERMISSIVE"
}
/**
 * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResources
 */
export interface KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResources {
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResources#_id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResources#attributes
     */
    readonly attributes?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResources#displayName
     */
    readonly displayName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResources#icon_uri
     */
    readonly iconUri?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResources#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResources#owner
     */
    readonly owner?: KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResourcesOwner;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResources#ownerManagedAccess
     */
    readonly ownerManagedAccess?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResources#scopes
     */
    readonly scopes?: KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResourcesScopes[];
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResources#type
     */
    readonly type?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResources#uris
     */
    readonly uris?: string[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResources' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResources(obj: KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResources | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsScopes
 */
export interface KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsScopes {
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsScopes#displayName
     */
    readonly displayName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsScopes#iconUri
     */
    readonly iconUri?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsScopes#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsScopes#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsScopes' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsScopes(obj: KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsScopes | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsDecisionStrategy
 */
export declare enum KeycloakRealmImportSpecRealmClientsAuthorizationSettingsDecisionStrategy {
    /** AFFIRMATIVE */
    AFFIRMATIVE = "AFFIRMATIVE",
    /** CONSENSUS */
    CONSENSUS = "CONSENSUS",
    /** UNANIMOUS */
    UNANIMOUS = "UNANIMOUS"
}
/**
 * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPolicies
 */
export interface KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPolicies {
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPolicies#config
     */
    readonly config?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPolicies#decisionStrategy
     */
    readonly decisionStrategy?: KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesDecisionStrategy;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPolicies#description
     */
    readonly description?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPolicies#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPolicies#logic
     */
    readonly logic?: KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesLogic;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPolicies#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPolicies#owner
     */
    readonly owner?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPolicies#policies
     */
    readonly policies?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPolicies#resources
     */
    readonly resources?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPolicies#resourcesData
     */
    readonly resourcesData?: KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesData[];
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPolicies#scopes
     */
    readonly scopes?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPolicies#scopesData
     */
    readonly scopesData?: KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesScopesData[];
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPolicies#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPolicies' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPolicies(obj: KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPolicies | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPolicyEnforcementMode
 */
export declare enum KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPolicyEnforcementMode {
    /** DISABLED */
    DISABLED = "DISABLED",
    /** ENFORCING */
    ENFORCING = "ENFORCING",
    /** PERMISSIVE */
    PERMISSIVE = "PERMISSIVE"
}
/**
 * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResources
 */
export interface KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResources {
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResources#_id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResources#attributes
     */
    readonly attributes?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResources#displayName
     */
    readonly displayName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResources#icon_uri
     */
    readonly iconUri?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResources#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResources#owner
     */
    readonly owner?: KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResourcesOwner;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResources#ownerManagedAccess
     */
    readonly ownerManagedAccess?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResources#scopes
     */
    readonly scopes?: KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResourcesScopes[];
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResources#type
     */
    readonly type?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResources#uris
     */
    readonly uris?: string[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResources' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResources(obj: KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResources | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsScopes
 */
export interface KeycloakRealmImportSpecRealmClientsAuthorizationSettingsScopes {
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsScopes#displayName
     */
    readonly displayName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsScopes#iconUri
     */
    readonly iconUri?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsScopes#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsScopes#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmClientsAuthorizationSettingsScopes' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmClientsAuthorizationSettingsScopes(obj: KeycloakRealmImportSpecRealmClientsAuthorizationSettingsScopes | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponents
 */
export interface KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponents {
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponents#config
     */
    readonly config?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponents#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponents#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponents#providerId
     */
    readonly providerId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponents#subComponents
     */
    readonly subComponents?: {
        [key: string]: KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponents[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponents#subType
     */
    readonly subType?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponents' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponents(obj: KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponents | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadataAttributes
 */
export interface KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadataAttributes {
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadataAttributes#annotations
     */
    readonly annotations?: {
        [key: string]: any;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadataAttributes#displayName
     */
    readonly displayName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadataAttributes#group
     */
    readonly group?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadataAttributes#multivalued
     */
    readonly multivalued?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadataAttributes#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadataAttributes#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadataAttributes#required
     */
    readonly required?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadataAttributes#validators
     */
    readonly validators?: {
        [key: string]: {
            [key: string]: any;
        };
    };
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadataAttributes' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadataAttributes(obj: KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadataAttributes | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadataGroups
 */
export interface KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadataGroups {
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadataGroups#annotations
     */
    readonly annotations?: {
        [key: string]: any;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadataGroups#displayDescription
     */
    readonly displayDescription?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadataGroups#displayHeader
     */
    readonly displayHeader?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadataGroups#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadataGroups' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadataGroups(obj: KeycloakRealmImportSpecRealmFederatedUsersUserProfileMetadataGroups | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroups
 */
export interface KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroups {
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroups#access
     */
    readonly access?: {
        [key: string]: boolean;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroups#attributes
     */
    readonly attributes?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroups#clientRoles
     */
    readonly clientRoles?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroups#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroups#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroups#parentId
     */
    readonly parentId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroups#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroups#realmRoles
     */
    readonly realmRoles?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroups#subGroupCount
     */
    readonly subGroupCount?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroups#subGroups
     */
    readonly subGroups?: KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroups[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroups' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroups(obj: KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroups | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsDecisionStrategy
 */
export declare enum KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsDecisionStrategy {
    /** AFFIRMATIVE */
    AFFIRMATIVE = "AFFIRMATIVE",
    /** CONSENSUS */
    CONSENSUS = "CONSENSUS",
    /** UNANIMOUS */
    UNANIMOUS = "UNANIMOUS"
}
/**
 * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPolicies
 */
export interface KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPolicies {
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPolicies#config
     */
    readonly config?: {
        [key: string]: string;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPolicies#decisionStrategy
     */
    readonly decisionStrategy?: KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesDecisionStrategy;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPolicies#description
     */
    readonly description?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPolicies#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPolicies#logic
     */
    readonly logic?: KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesLogic;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPolicies#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPolicies#owner
     */
    readonly owner?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPolicies#policies
     */
    readonly policies?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPolicies#resources
     */
    readonly resources?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPolicies#resourcesData
     */
    readonly resourcesData?: KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesData[];
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPolicies#scopes
     */
    readonly scopes?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPolicies#scopesData
     */
    readonly scopesData?: KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesScopesData[];
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPolicies#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPolicies' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPolicies(obj: KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPolicies | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPolicyEnforcementMode
 */
export declare enum KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPolicyEnforcementMode {
    /** DISABLED */
    DISABLED = "DISABLED",
    /** ENFORCING */
    ENFORCING = "ENFORCING",
    /** PERMISSIVE */
    PERMISSIVE = "PERMISSIVE"
}
/**
 * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResources
 */
export interface KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResources {
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResources#_id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResources#attributes
     */
    readonly attributes?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResources#displayName
     */
    readonly displayName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResources#icon_uri
     */
    readonly iconUri?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResources#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResources#owner
     */
    readonly owner?: KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResourcesOwner;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResources#ownerManagedAccess
     */
    readonly ownerManagedAccess?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResources#scopes
     */
    readonly scopes?: KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResourcesScopes[];
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResources#type
     */
    readonly type?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResources#uris
     */
    readonly uris?: string[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResources' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResources(obj: KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResources | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsScopes
 */
export interface KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsScopes {
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsScopes#displayName
     */
    readonly displayName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsScopes#iconUri
     */
    readonly iconUri?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsScopes#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsScopes#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsScopes' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsScopes(obj: KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsScopes | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmOrganizationsMembersClientConsents
 */
export interface KeycloakRealmImportSpecRealmOrganizationsMembersClientConsents {
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersClientConsents#clientId
     */
    readonly clientId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersClientConsents#createdDate
     */
    readonly createdDate?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersClientConsents#grantedClientScopes
     */
    readonly grantedClientScopes?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersClientConsents#grantedRealmRoles
     */
    readonly grantedRealmRoles?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersClientConsents#lastUpdatedDate
     */
    readonly lastUpdatedDate?: number;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmOrganizationsMembersClientConsents' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmOrganizationsMembersClientConsents(obj: KeycloakRealmImportSpecRealmOrganizationsMembersClientConsents | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmOrganizationsMembersCredentials
 */
export interface KeycloakRealmImportSpecRealmOrganizationsMembersCredentials {
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersCredentials#algorithm
     */
    readonly algorithm?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersCredentials#config
     */
    readonly config?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersCredentials#counter
     */
    readonly counter?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersCredentials#createdDate
     */
    readonly createdDate?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersCredentials#credentialData
     */
    readonly credentialData?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersCredentials#device
     */
    readonly device?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersCredentials#digits
     */
    readonly digits?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersCredentials#hashIterations
     */
    readonly hashIterations?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersCredentials#hashedSaltedValue
     */
    readonly hashedSaltedValue?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersCredentials#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersCredentials#period
     */
    readonly period?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersCredentials#priority
     */
    readonly priority?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersCredentials#salt
     */
    readonly salt?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersCredentials#secretData
     */
    readonly secretData?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersCredentials#temporary
     */
    readonly temporary?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersCredentials#type
     */
    readonly type?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersCredentials#userLabel
     */
    readonly userLabel?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersCredentials#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmOrganizationsMembersCredentials' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmOrganizationsMembersCredentials(obj: KeycloakRealmImportSpecRealmOrganizationsMembersCredentials | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmOrganizationsMembersFederatedIdentities
 */
export interface KeycloakRealmImportSpecRealmOrganizationsMembersFederatedIdentities {
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersFederatedIdentities#identityProvider
     */
    readonly identityProvider?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersFederatedIdentities#userId
     */
    readonly userId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersFederatedIdentities#userName
     */
    readonly userName?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmOrganizationsMembersFederatedIdentities' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmOrganizationsMembersFederatedIdentities(obj: KeycloakRealmImportSpecRealmOrganizationsMembersFederatedIdentities | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmOrganizationsMembersMembershipType
 */
export declare enum KeycloakRealmImportSpecRealmOrganizationsMembersMembershipType {
    /** MANAGED */
    MANAGED = "MANAGED",
    /** UNMANAGED */
    UNMANAGED = "UNMANAGED"
}
/**
 * @schema KeycloakRealmImportSpecRealmOrganizationsMembersSocialLinks
 */
export interface KeycloakRealmImportSpecRealmOrganizationsMembersSocialLinks {
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersSocialLinks#socialProvider
     */
    readonly socialProvider?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersSocialLinks#socialUserId
     */
    readonly socialUserId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersSocialLinks#socialUsername
     */
    readonly socialUsername?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmOrganizationsMembersSocialLinks' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmOrganizationsMembersSocialLinks(obj: KeycloakRealmImportSpecRealmOrganizationsMembersSocialLinks | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadata
 */
export interface KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadata {
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadata#attributes
     */
    readonly attributes?: KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadataAttributes[];
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadata#groups
     */
    readonly groups?: KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadataGroups[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadata' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadata(obj: KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmRolesApplicationComposites
 */
export interface KeycloakRealmImportSpecRealmRolesApplicationComposites {
    /**
     * @schema KeycloakRealmImportSpecRealmRolesApplicationComposites#application
     */
    readonly application?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmRolesApplicationComposites#client
     */
    readonly client?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmRolesApplicationComposites#realm
     */
    readonly realm?: string[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmRolesApplicationComposites' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmRolesApplicationComposites(obj: KeycloakRealmImportSpecRealmRolesApplicationComposites | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmRolesClientComposites
 */
export interface KeycloakRealmImportSpecRealmRolesClientComposites {
    /**
     * @schema KeycloakRealmImportSpecRealmRolesClientComposites#application
     */
    readonly application?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmRolesClientComposites#client
     */
    readonly client?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmRolesClientComposites#realm
     */
    readonly realm?: string[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmRolesClientComposites' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmRolesClientComposites(obj: KeycloakRealmImportSpecRealmRolesClientComposites | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmRolesRealmComposites
 */
export interface KeycloakRealmImportSpecRealmRolesRealmComposites {
    /**
     * @schema KeycloakRealmImportSpecRealmRolesRealmComposites#application
     */
    readonly application?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmRolesRealmComposites#client
     */
    readonly client?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmRolesRealmComposites#realm
     */
    readonly realm?: string[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmRolesRealmComposites' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmRolesRealmComposites(obj: KeycloakRealmImportSpecRealmRolesRealmComposites | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmUsersUserProfileMetadataAttributes
 */
export interface KeycloakRealmImportSpecRealmUsersUserProfileMetadataAttributes {
    /**
     * @schema KeycloakRealmImportSpecRealmUsersUserProfileMetadataAttributes#annotations
     */
    readonly annotations?: {
        [key: string]: any;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmUsersUserProfileMetadataAttributes#displayName
     */
    readonly displayName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersUserProfileMetadataAttributes#group
     */
    readonly group?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersUserProfileMetadataAttributes#multivalued
     */
    readonly multivalued?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersUserProfileMetadataAttributes#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersUserProfileMetadataAttributes#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersUserProfileMetadataAttributes#required
     */
    readonly required?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersUserProfileMetadataAttributes#validators
     */
    readonly validators?: {
        [key: string]: {
            [key: string]: any;
        };
    };
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmUsersUserProfileMetadataAttributes' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmUsersUserProfileMetadataAttributes(obj: KeycloakRealmImportSpecRealmUsersUserProfileMetadataAttributes | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmUsersUserProfileMetadataGroups
 */
export interface KeycloakRealmImportSpecRealmUsersUserProfileMetadataGroups {
    /**
     * @schema KeycloakRealmImportSpecRealmUsersUserProfileMetadataGroups#annotations
     */
    readonly annotations?: {
        [key: string]: any;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmUsersUserProfileMetadataGroups#displayDescription
     */
    readonly displayDescription?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersUserProfileMetadataGroups#displayHeader
     */
    readonly displayHeader?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmUsersUserProfileMetadataGroups#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmUsersUserProfileMetadataGroups' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmUsersUserProfileMetadataGroups(obj: KeycloakRealmImportSpecRealmUsersUserProfileMetadataGroups | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesDecisionStrategy
 */
export declare enum KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesDecisionStrategy {
    /** AFFIRMATIVE */
    AFFIRMATIVE = "AFFIRMATIVE",
    /** CONSENSUS */
    CONSENSUS = "CONSENSUS",
    /** UNANIMOUS */
    UNANIMOUS = "UNANIMOUS"
}
/**
 * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesLogic
 */
export declare enum KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesLogic {
    /** NEGATIVE */
    NEGATIVE = "NEGATIVE",
    /** POSITIVE */
    POSITIVE = "POSITIVE"
}
/**
 * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesData
 */
export interface KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesData {
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesData#_id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesData#attributes
     */
    readonly attributes?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesData#displayName
     */
    readonly displayName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesData#icon_uri
     */
    readonly iconUri?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesData#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesData#owner
     */
    readonly owner?: KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesDataOwner;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesData#ownerManagedAccess
     */
    readonly ownerManagedAccess?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesData#scopes
     */
    readonly scopes?: KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesDataScopes[];
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesData#type
     */
    readonly type?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesData#uris
     */
    readonly uris?: string[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesData' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesData(obj: KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesData | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesScopesData
 */
export interface KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesScopesData {
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesScopesData#displayName
     */
    readonly displayName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesScopesData#iconUri
     */
    readonly iconUri?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesScopesData#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesScopesData#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesScopesData' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesScopesData(obj: KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesScopesData | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResourcesOwner
 */
export interface KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResourcesOwner {
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResourcesOwner#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResourcesOwner#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResourcesOwner' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResourcesOwner(obj: KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResourcesOwner | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResourcesScopes
 */
export interface KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResourcesScopes {
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResourcesScopes#displayName
     */
    readonly displayName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResourcesScopes#iconUri
     */
    readonly iconUri?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResourcesScopes#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResourcesScopes#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResourcesScopes' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResourcesScopes(obj: KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsResourcesScopes | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesDecisionStrategy
 */
export declare enum KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesDecisionStrategy {
    /** AFFIRMATIVE */
    AFFIRMATIVE = "AFFIRMATIVE",
    /** CONSENSUS */
    CONSENSUS = "CONSENSUS",
    /** UNANIMOUS */
    UNANIMOUS = "UNANIMOUS"
}
/**
 * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesLogic
 */
export declare enum KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesLogic {
    /** NEGATIVE */
    NEGATIVE = "NEGATIVE",
    /** POSITIVE */
    POSITIVE = "POSITIVE"
}
/**
 * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesData
 */
export interface KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesData {
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesData#_id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesData#attributes
     */
    readonly attributes?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesData#displayName
     */
    readonly displayName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesData#icon_uri
     */
    readonly iconUri?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesData#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesData#owner
     */
    readonly owner?: KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesDataOwner;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesData#ownerManagedAccess
     */
    readonly ownerManagedAccess?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesData#scopes
     */
    readonly scopes?: KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesDataScopes[];
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesData#type
     */
    readonly type?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesData#uris
     */
    readonly uris?: string[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesData' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesData(obj: KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesData | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesScopesData
 */
export interface KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesScopesData {
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesScopesData#displayName
     */
    readonly displayName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesScopesData#iconUri
     */
    readonly iconUri?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesScopesData#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesScopesData#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesScopesData' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesScopesData(obj: KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesScopesData | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResourcesOwner
 */
export interface KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResourcesOwner {
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResourcesOwner#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResourcesOwner#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResourcesOwner' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResourcesOwner(obj: KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResourcesOwner | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResourcesScopes
 */
export interface KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResourcesScopes {
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResourcesScopes#displayName
     */
    readonly displayName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResourcesScopes#iconUri
     */
    readonly iconUri?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResourcesScopes#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResourcesScopes#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResourcesScopes' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResourcesScopes(obj: KeycloakRealmImportSpecRealmClientsAuthorizationSettingsResourcesScopes | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponents
 */
export interface KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponents {
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponents#config
     */
    readonly config?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponents#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponents#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponents#providerId
     */
    readonly providerId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponents#subComponents
     */
    readonly subComponents?: {
        [key: string]: KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponents[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponents#subType
     */
    readonly subType?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponents' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponents(obj: KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponents | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroups
 */
export interface KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroups {
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroups#access
     */
    readonly access?: {
        [key: string]: boolean;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroups#attributes
     */
    readonly attributes?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroups#clientRoles
     */
    readonly clientRoles?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroups#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroups#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroups#parentId
     */
    readonly parentId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroups#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroups#realmRoles
     */
    readonly realmRoles?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroups#subGroupCount
     */
    readonly subGroupCount?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroups#subGroups
     */
    readonly subGroups?: KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroups[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroups' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroups(obj: KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroups | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesDecisionStrategy
 */
export declare enum KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesDecisionStrategy {
    /** AFFIRMATIVE */
    AFFIRMATIVE = "AFFIRMATIVE",
    /** CONSENSUS */
    CONSENSUS = "CONSENSUS",
    /** UNANIMOUS */
    UNANIMOUS = "UNANIMOUS"
}
/**
 * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesLogic
 */
export declare enum KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesLogic {
    /** NEGATIVE */
    NEGATIVE = "NEGATIVE",
    /** POSITIVE */
    POSITIVE = "POSITIVE"
}
/**
 * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesData
 */
export interface KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesData {
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesData#_id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesData#attributes
     */
    readonly attributes?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesData#displayName
     */
    readonly displayName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesData#icon_uri
     */
    readonly iconUri?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesData#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesData#owner
     */
    readonly owner?: KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesDataOwner;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesData#ownerManagedAccess
     */
    readonly ownerManagedAccess?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesData#scopes
     */
    readonly scopes?: KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesDataScopes[];
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesData#type
     */
    readonly type?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesData#uris
     */
    readonly uris?: string[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesData' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesData(obj: KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesData | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesScopesData
 */
export interface KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesScopesData {
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesScopesData#displayName
     */
    readonly displayName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesScopesData#iconUri
     */
    readonly iconUri?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesScopesData#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesScopesData#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesScopesData' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesScopesData(obj: KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesScopesData | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResourcesOwner
 */
export interface KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResourcesOwner {
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResourcesOwner#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResourcesOwner#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResourcesOwner' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResourcesOwner(obj: KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResourcesOwner | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResourcesScopes
 */
export interface KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResourcesScopes {
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResourcesScopes#displayName
     */
    readonly displayName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResourcesScopes#iconUri
     */
    readonly iconUri?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResourcesScopes#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResourcesScopes#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResourcesScopes' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResourcesScopes(obj: KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsResourcesScopes | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadataAttributes
 */
export interface KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadataAttributes {
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadataAttributes#annotations
     */
    readonly annotations?: {
        [key: string]: any;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadataAttributes#displayName
     */
    readonly displayName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadataAttributes#group
     */
    readonly group?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadataAttributes#multivalued
     */
    readonly multivalued?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadataAttributes#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadataAttributes#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadataAttributes#required
     */
    readonly required?: boolean;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadataAttributes#validators
     */
    readonly validators?: {
        [key: string]: {
            [key: string]: any;
        };
    };
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadataAttributes' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadataAttributes(obj: KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadataAttributes | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadataGroups
 */
export interface KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadataGroups {
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadataGroups#annotations
     */
    readonly annotations?: {
        [key: string]: any;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadataGroups#displayDescription
     */
    readonly displayDescription?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadataGroups#displayHeader
     */
    readonly displayHeader?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadataGroups#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadataGroups' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadataGroups(obj: KeycloakRealmImportSpecRealmOrganizationsMembersUserProfileMetadataGroups | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesDataOwner
 */
export interface KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesDataOwner {
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesDataOwner#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesDataOwner#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesDataOwner' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesDataOwner(obj: KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesDataOwner | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesDataScopes
 */
export interface KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesDataScopes {
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesDataScopes#displayName
     */
    readonly displayName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesDataScopes#iconUri
     */
    readonly iconUri?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesDataScopes#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesDataScopes#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesDataScopes' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesDataScopes(obj: KeycloakRealmImportSpecRealmApplicationsAuthorizationSettingsPoliciesResourcesDataScopes | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesDataOwner
 */
export interface KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesDataOwner {
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesDataOwner#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesDataOwner#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesDataOwner' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesDataOwner(obj: KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesDataOwner | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesDataScopes
 */
export interface KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesDataScopes {
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesDataScopes#displayName
     */
    readonly displayName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesDataScopes#iconUri
     */
    readonly iconUri?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesDataScopes#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesDataScopes#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesDataScopes' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesDataScopes(obj: KeycloakRealmImportSpecRealmClientsAuthorizationSettingsPoliciesResourcesDataScopes | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponents
 */
export interface KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponents {
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponents#config
     */
    readonly config?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponents#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponents#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponents#providerId
     */
    readonly providerId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponents#subComponents
     */
    readonly subComponents?: {
        [key: string]: KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponents#subType
     */
    readonly subType?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponents' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponents(obj: KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponents | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroups
 */
export interface KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroups {
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroups#access
     */
    readonly access?: {
        [key: string]: boolean;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroups#attributes
     */
    readonly attributes?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroups#clientRoles
     */
    readonly clientRoles?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroups#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroups#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroups#parentId
     */
    readonly parentId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroups#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroups#realmRoles
     */
    readonly realmRoles?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroups#subGroupCount
     */
    readonly subGroupCount?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroups#subGroups
     */
    readonly subGroups?: KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroups' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroups(obj: KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroups | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesDataOwner
 */
export interface KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesDataOwner {
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesDataOwner#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesDataOwner#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesDataOwner' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesDataOwner(obj: KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesDataOwner | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesDataScopes
 */
export interface KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesDataScopes {
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesDataScopes#displayName
     */
    readonly displayName?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesDataScopes#iconUri
     */
    readonly iconUri?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesDataScopes#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesDataScopes#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesDataScopes' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesDataScopes(obj: KeycloakRealmImportSpecRealmOauthClientsAuthorizationSettingsPoliciesResourcesDataScopes | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents
 */
export interface KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents {
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#config
     */
    readonly config?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#providerId
     */
    readonly providerId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#subComponents
     */
    readonly subComponents?: {
        [key: string]: KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#subType
     */
    readonly subType?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents(obj: KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups
 */
export interface KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups {
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#access
     */
    readonly access?: {
        [key: string]: boolean;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#attributes
     */
    readonly attributes?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#clientRoles
     */
    readonly clientRoles?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#parentId
     */
    readonly parentId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#realmRoles
     */
    readonly realmRoles?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#subGroupCount
     */
    readonly subGroupCount?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#subGroups
     */
    readonly subGroups?: KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups(obj: KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents
 */
export interface KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents {
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#config
     */
    readonly config?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#providerId
     */
    readonly providerId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#subComponents
     */
    readonly subComponents?: {
        [key: string]: KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#subType
     */
    readonly subType?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents(obj: KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups
 */
export interface KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups {
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#access
     */
    readonly access?: {
        [key: string]: boolean;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#attributes
     */
    readonly attributes?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#clientRoles
     */
    readonly clientRoles?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#parentId
     */
    readonly parentId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#realmRoles
     */
    readonly realmRoles?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#subGroupCount
     */
    readonly subGroupCount?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#subGroups
     */
    readonly subGroups?: KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups(obj: KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents
 */
export interface KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents {
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#config
     */
    readonly config?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#providerId
     */
    readonly providerId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#subComponents
     */
    readonly subComponents?: {
        [key: string]: KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#subType
     */
    readonly subType?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents(obj: KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups
 */
export interface KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups {
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#access
     */
    readonly access?: {
        [key: string]: boolean;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#attributes
     */
    readonly attributes?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#clientRoles
     */
    readonly clientRoles?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#parentId
     */
    readonly parentId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#realmRoles
     */
    readonly realmRoles?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#subGroupCount
     */
    readonly subGroupCount?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#subGroups
     */
    readonly subGroups?: KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups(obj: KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents
 */
export interface KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents {
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#config
     */
    readonly config?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#providerId
     */
    readonly providerId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#subComponents
     */
    readonly subComponents?: {
        [key: string]: KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#subType
     */
    readonly subType?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents(obj: KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups
 */
export interface KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups {
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#access
     */
    readonly access?: {
        [key: string]: boolean;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#attributes
     */
    readonly attributes?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#clientRoles
     */
    readonly clientRoles?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#parentId
     */
    readonly parentId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#realmRoles
     */
    readonly realmRoles?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#subGroupCount
     */
    readonly subGroupCount?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#subGroups
     */
    readonly subGroups?: KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups(obj: KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents
 */
export interface KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents {
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#config
     */
    readonly config?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#providerId
     */
    readonly providerId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#subComponents
     */
    readonly subComponents?: {
        [key: string]: KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#subType
     */
    readonly subType?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents(obj: KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups
 */
export interface KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups {
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#access
     */
    readonly access?: {
        [key: string]: boolean;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#attributes
     */
    readonly attributes?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#clientRoles
     */
    readonly clientRoles?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#parentId
     */
    readonly parentId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#realmRoles
     */
    readonly realmRoles?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#subGroupCount
     */
    readonly subGroupCount?: number;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#subGroups
     */
    readonly subGroups?: KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups[];
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups(obj: KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents
 */
export interface KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents {
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#config
     */
    readonly config?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#providerId
     */
    readonly providerId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents#subType
     */
    readonly subType?: string;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents(obj: KeycloakRealmImportSpecRealmComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponentsSubComponents | undefined): Record<string, any> | undefined;
/**
 * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups
 */
export interface KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups {
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#access
     */
    readonly access?: {
        [key: string]: boolean;
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#attributes
     */
    readonly attributes?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#clientRoles
     */
    readonly clientRoles?: {
        [key: string]: string[];
    };
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#id
     */
    readonly id?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#name
     */
    readonly name?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#parentId
     */
    readonly parentId?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#path
     */
    readonly path?: string;
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#realmRoles
     */
    readonly realmRoles?: string[];
    /**
     * @schema KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups#subGroupCount
     */
    readonly subGroupCount?: number;
}
/**
 * Converts an object of type 'KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups' to JSON representation.
 */
export declare function toJson_KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups(obj: KeycloakRealmImportSpecRealmGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroupsSubGroups | undefined): Record<string, any> | undefined;
