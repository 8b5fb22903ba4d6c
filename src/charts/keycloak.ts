import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-30';
import type { EnvConfig, Resources } from '../config/schema';
import {
  Keycloak, KeycloakRealmImport, KeycloakRealmImportSpecRealm, KeycloakSpecResourcesLimits, KeycloakSpecResourcesRequests,
} from '../../imports/keycloak-k8s.keycloak.org';
import { cnpgBackupAccess, cnpgFlows, POSTGRES_IMAGE, POSTGRES_PORT, postgresCluster, rwHost } from './citus';
import { BACKUP_TARGETS } from '../platform/object-store';
import { Dependency, dependency, serviceHost } from '../constructs/dependency';
import { HelmRelease } from '../constructs/helm-release';
import { ImageRef, internalImage } from '../constructs/images';
import { standardLabels, workloadLabels } from '../constructs/labels';
import { LumenChart } from '../constructs/lumen-chart';
import { apiServerPeers, NetworkFlow } from '../constructs/network-flow';
import { PlatformNamespace } from '../constructs/platform-namespace';
import { Monitor } from '../constructs/service-monitor';
import { TlsRoute } from '../constructs/tls-route';
import { VaultNamespaceAuth, VaultSecret } from '../constructs/vault-secret';
import { Waves } from '../constructs/waves';

/** Keycloak and its operator 26.0.0: the version whose CRDs (k8s.keycloak.org/v2alpha1) imports/ carries. */
export const KEYCLOAK_VERSION = '26.0.0';
/**
 * Keycloak ships its operator as plain manifests, not as a chart. Its two CRD files
 * (keycloak-k8s-resources@26.0.0 kubernetes/*.k8s.keycloak.org-v1.yml) are vendored byte for byte in the
 * `crds/` of a CRD-only chart packaged here, `charts/keycloak-operator-crds-26.0.0.tgz` (charts/lock.yaml
 * says so). The operator itself (Deployment, RBAC) is rendered here, so it gets the internal images, the
 * restricted security context and our labels.
 */
export const KEYCLOAK_CRDS_CHART = 'keycloak-operator-crds';

export const KEYCLOAK_NAMESPACE = 'keycloak';
/** The Keycloak resource; the operator names its Service `<name>-service`. */
export const KEYCLOAK_NAME = 'keycloak';
export const KEYCLOAK_SERVICE = `${KEYCLOAK_NAME}-service`;
export const KEYCLOAK_HTTP_PORT = 8080;
/** Management interface (health, metrics) since Keycloak 25. */
export const KEYCLOAK_MANAGEMENT_PORT = 9000;
/** Infinispan clustering (JGroups) and its failure detection. */
const JGROUPS_PORTS = [7800, 57800];
export const KEYCLOAK_DB = 'keycloak-db';

/** The realm every lumen service trusts, its roles (seed 004 §9) and clients. */
export const KEYCLOAK_REALM = 'lumen';
export const KEYCLOAK_ROLES = { customer: 'customer', inventoryManager: 'inventory-manager' } as const;
/** The shop's single-page front end: public client, authorization code + PKCE. */
export const SHOP_FRONTEND_CLIENT_ID = 'shop-frontend';
/** The edge JWT validator (Traefik forwardAuth / plugin): confidential client, its secret from Vault. */
export const EDGE_CLIENT_ID = 'traefik-edge';
/** Claims the services read (seed 004 §4, §5 and §9): the tenant, the user's country, the realm roles as a flat array. */
export const TOKEN_CLAIMS = { tenant: 'tenant_id', country: 'country', roles: 'roles' } as const;
/**
 * The audience every shop token carries (an oidc-audience-mapper on the shop's client naming the edge client)
 * and the edge requires (Oathkeeper `target_audience`): a token the realm issued to any other client is refused.
 */
export const EDGE_AUDIENCE = EDGE_CLIENT_ID;

/** One attribute of Keycloak's declarative user profile (UPConfig, Keycloak 24+), as a realm stores it. */
export interface UserProfileAttribute {
  readonly name: string;
  readonly displayName: string;
  readonly validations: Record<string, Record<string, unknown>>;
  readonly permissions: { readonly view: readonly string[]; readonly edit: readonly string[] };
  readonly required?: { readonly roles: readonly string[] };
  readonly multivalued: boolean;
  readonly group?: string;
}
/** The user profile of the realm (Keycloak's UPConfig JSON). */
export interface UserProfileConfig {
  readonly attributes: readonly UserProfileAttribute[];
  readonly groups: readonly { readonly name: string; readonly displayHeader: string; readonly displayDescription: string }[];
}
/** Where a realm representation keeps its user profile: one declarative-user-profile component, the UPConfig as a JSON string. */
export const USER_PROFILE_PROVIDER = 'org.keycloak.userprofile.UserProfileProvider';
export const USER_PROFILE_PROVIDER_ID = 'declarative-user-profile';
export const USER_PROFILE_CONFIG_KEY = 'kc.user.profile.config';

/**
 * Attributes the tokens carry beyond Keycloak's own: declared, or Keycloak 24+ drops them (unmanaged attributes
 * are disabled by default) and the mappers emit nothing. Only an administrator sets them (the tenant and the
 * country decide what a user may see and where the order lands); users may see them.
 */
export const CLAIM_ATTRIBUTES: readonly UserProfileAttribute[] = [
  {
    name: TOKEN_CLAIMS.tenant, displayName: 'Tenant', multivalued: false, group: 'user-metadata',
    // The Citus distribution key (citus.ts): a short slug.
    validations: { length: { min: 1, max: 63 }, pattern: { pattern: '^[a-z0-9][a-z0-9-]*$', 'error-message': 'a lower-case slug such as acme' } },
    permissions: { view: ['admin', 'user'], edit: ['admin'] },
  },
  {
    name: TOKEN_CLAIMS.country, displayName: 'Country', multivalued: false, group: 'user-metadata',
    // ISO 3166-1 alpha-2, what orders.country_code accepts (citus.ts CHECK).
    validations: { pattern: { pattern: '^[A-Z]{2}$', 'error-message': 'an ISO 3166-1 alpha-2 code such as DE' } },
    permissions: { view: ['admin', 'user'], edit: ['admin'] },
  },
];

/** The realm's user profile: Keycloak 26's default four attributes, unchanged, plus CLAIM_ATTRIBUTES. */
export function lumenUserProfile(): UserProfileConfig {
  const both = ['admin', 'user'];
  return {
    attributes: [
      {
        name: 'username', displayName: '${username}', multivalued: false, permissions: { view: both, edit: ['admin', 'user'] },
        validations: { length: { min: 3, max: 255 }, 'username-prohibited-characters': {}, 'up-username-not-idn-homograph': {} },
      },
      {
        name: 'email', displayName: '${email}', multivalued: false, required: { roles: ['user'] }, permissions: { view: both, edit: ['admin', 'user'] },
        validations: { email: {}, length: { max: 255 } },
      },
      ...(['firstName', 'lastName'] as const).map((name): UserProfileAttribute => ({
        name, displayName: `\${${name}}`, multivalued: false, required: { roles: ['user'] }, permissions: { view: both, edit: ['admin', 'user'] },
        validations: { length: { max: 255 }, 'person-name-prohibited-characters': {} },
      })),
      ...CLAIM_ATTRIBUTES,
    ],
    groups: [{ name: 'user-metadata', displayHeader: 'User metadata', displayDescription: 'Attributes, which refer to user metadata' }],
  };
}

/** Public host name of Keycloak, and of the shop front end (its redirect URIs). */
export const keycloakHost = (config: EnvConfig): string => `auth.${config.cluster.baseDomain}`;
export const shopHost = (config: EnvConfig): string => `shop.${config.cluster.baseDomain}`;
/** The `iss` of every token of the realm. */
export const keycloakIssuer = (config: EnvConfig): string => `https://${keycloakHost(config)}/realms/${KEYCLOAK_REALM}`;
/** In-cluster base URL (backchannel: token introspection, JWKS) and the realm's JWKS there. */
export const KEYCLOAK_INTERNAL_URL = `http://${serviceHost(KEYCLOAK_SERVICE, KEYCLOAK_NAMESPACE)}:${KEYCLOAK_HTTP_PORT}`;
export const KEYCLOAK_JWKS_URL = `${KEYCLOAK_INTERNAL_URL}/realms/${KEYCLOAK_REALM}/protocol/openid-connect/certs`;
/** The realm's JWKS at another host (in a fleet: the address the infra cluster exposes Keycloak at). */
export function keycloakJwksUrl(host: string): string {
  return `http://${host}:${KEYCLOAK_HTTP_PORT}/realms/${KEYCLOAK_REALM}/protocol/openid-connect/certs`;
}

/** Vault KV paths (below `secret/`). */
export const KEYCLOAK_VAULT_PATHS = {
  /** `username` (keycloak), `password`: owner of the keycloak database. */
  db: 'shop/keycloak/db',
  /** `username`, `password`: the temporary bootstrap admin. */
  admin: 'shop/keycloak/admin',
  /** `edge-client-secret`: the traefik-edge client's secret. */
  clients: 'shop/keycloak/clients',
} as const;
export const KEYCLOAK_SECRETS = { db: 'keycloak-db-app', admin: 'keycloak-admin', clients: 'keycloak-clients' } as const;
/** Key of the edge client's secret in KEYCLOAK_VAULT_PATHS.clients (and the Secret VSO writes). */
export const EDGE_CLIENT_SECRET_KEY = 'edge-client-secret';

/** Labels the operator puts on Keycloak's pods. */
export const KEYCLOAK_POD_LABELS = { 'app.kubernetes.io/instance': KEYCLOAK_NAME, 'app.kubernetes.io/managed-by': 'keycloak-operator' } as const;
export const KEYCLOAK_OPERATOR_POD_LABELS = { 'app.kubernetes.io/name': 'keycloak-operator' } as const;

/** Keycloak in the cluster (backchannel), for a service or the edge validator: the client secret lives at secretPath. */
export const KEYCLOAK: Dependency = dependency({
  name: KEYCLOAK_NAME, component: 'keycloak',
  namespace: KEYCLOAK_NAMESPACE,
  podLabels: KEYCLOAK_POD_LABELS,
  ports: [{ port: KEYCLOAK_HTTP_PORT }],
  host: serviceHost(KEYCLOAK_SERVICE, KEYCLOAK_NAMESPACE),
  secretPath: KEYCLOAK_VAULT_PATHS.clients,
});

const OPERATOR_RESOURCES: Resources = { requests: { cpu: '100m', memory: '450Mi' }, limits: { cpu: '700m', memory: '450Mi' } };
const quantity = (v: string) => k8s.Quantity.fromString(v);

/**
 * The Keycloak operator (wave controllers): its CRDs (packaged chart), its Deployment and RBAC as our objects,
 * the keycloak namespace, the credentials (VSO) and the keycloak-db CloudNativePG cluster, so that the
 * database is there before Keycloak (next wave).
 */
export class KeycloakOperatorChart extends LumenChart {
  readonly images: ImageRef[];
  readonly operator: k8s.KubeDeployment;

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.CONTROLLERS, namespace: KEYCLOAK_NAMESPACE, description: 'Keycloak operator, its CRDs, credentials and database' });
    const operatorImage = internalImage(config.registry.host, 'keycloak/keycloak-operator', KEYCLOAK_VERSION);
    const keycloakImage = internalImage(config.registry.host, 'keycloak/keycloak', KEYCLOAK_VERSION);
    const pgImage = internalImage(config.registry.host, POSTGRES_IMAGE.repository, POSTGRES_IMAGE.tag);
    this.images = [operatorImage, keycloakImage, pgImage];
    new PlatformNamespace(this, KEYCLOAK_NAMESPACE);
    new HelmRelease(this, 'Crds', {
      chart: KEYCLOAK_CRDS_CHART, version: KEYCLOAK_VERSION, values: {}, crdModule: 'keycloak',
    });
    this.operator = this.renderOperator(operatorImage, keycloakImage);

    new VaultNamespaceAuth(this, 'VaultAuth', { namespace: KEYCLOAK_NAMESPACE });
    new VaultSecret(this, KEYCLOAK_SECRETS.db, { namespace: KEYCLOAK_NAMESPACE, path: KEYCLOAK_VAULT_PATHS.db, secretType: 'kubernetes.io/basic-auth' });
    new VaultSecret(this, KEYCLOAK_SECRETS.admin, { namespace: KEYCLOAK_NAMESPACE, path: KEYCLOAK_VAULT_PATHS.admin, secretType: 'kubernetes.io/basic-auth' });
    new VaultSecret(this, KEYCLOAK_SECRETS.clients, { namespace: KEYCLOAK_NAMESPACE, path: KEYCLOAK_VAULT_PATHS.clients });

    const k = config.components.keycloak;
    postgresCluster(this, KEYCLOAK_DB, {
      name: KEYCLOAK_DB, instances: k.dbInstances, image: pgImage, storage: k.dbStorage,
      resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '500m', memory: '512Mi' } },
      database: 'keycloak', owner: 'keycloak', ownerSecret: KEYCLOAK_SECRETS.db,
      backup: { store: cnpgBackupAccess(this, KEYCLOAK_NAMESPACE, BACKUP_TARGETS.keycloakDb), settings: k.dbBackup },
    });
    cnpgFlows(this, KEYCLOAK_NAMESPACE, config);

    const api = config.cluster.apiServer;
    new NetworkFlow(this, 'allow-egress-operator-apiserver', {
      namespace: KEYCLOAK_NAMESPACE, podLabels: { ...KEYCLOAK_OPERATOR_POD_LABELS }, direction: 'egress',
      peers: apiServerPeers(api.cidrs), ports: [{ port: api.port }, { port: 443 }],
    });
  }

  /** Upstream kubernetes/kubernetes.yml of 26.0.0, less the OpenShift-only role, with our image, labels and security. */
  private renderOperator(operatorImage: ImageRef, keycloakImage: ImageRef): k8s.KubeDeployment {
    const name = 'keycloak-operator';
    const sa = new k8s.KubeServiceAccount(this, 'OperatorAccount', { metadata: { name } });
    const crud = ['get', 'list', 'watch', 'create', 'delete', 'patch', 'update'];
    const clusterRole = (id: string, roleName: string, rules: k8s.PolicyRule[]) => {
      new k8s.KubeClusterRole(this, id, { metadata: { name: roleName }, rules });
      // Bound in the operator's namespace only: it watches that namespace.
      new k8s.KubeRoleBinding(this, `${id}Binding`, {
        metadata: { name: roleName },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: roleName },
        subjects: [{ kind: 'ServiceAccount', name: sa.name, namespace: KEYCLOAK_NAMESPACE }],
      });
    };
    clusterRole('KeycloakControllerRole', 'keycloak-operator-keycloak-controller', [
      { apiGroups: ['k8s.keycloak.org'], resources: ['keycloaks', 'keycloaks/status', 'keycloaks/finalizers'], verbs: crud },
      { apiGroups: [''], resources: ['services', 'secrets'], verbs: crud },
      { apiGroups: ['apps'], resources: ['statefulsets'], verbs: crud },
      { apiGroups: ['networking.k8s.io'], resources: ['ingresses', 'networkpolicies'], verbs: crud },
      { apiGroups: ['monitoring.coreos.com'], resources: ['servicemonitors'], verbs: crud },
    ]);
    clusterRole('RealmImportControllerRole', 'keycloak-operator-realm-import-controller', [
      { apiGroups: ['k8s.keycloak.org'], resources: ['keycloakrealmimports', 'keycloakrealmimports/status', 'keycloakrealmimports/finalizers'], verbs: crud },
      { apiGroups: ['batch'], resources: ['jobs'], verbs: crud },
      { apiGroups: [''], resources: ['secrets'], verbs: crud },
    ]);
    const role = new k8s.KubeRole(this, 'OperatorRole', {
      metadata: { name },
      rules: [
        { apiGroups: ['apps'], resources: ['statefulsets'], verbs: crud },
        { apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'list', 'watch'] },
        { apiGroups: [''], resources: ['secrets', 'services'], verbs: crud },
        { apiGroups: [''], resources: ['pods'], verbs: ['list'] },
        { apiGroups: [''], resources: ['pods/log'], verbs: ['get'] },
        { apiGroups: ['batch'], resources: ['jobs'], verbs: crud },
        { apiGroups: ['networking.k8s.io'], resources: ['ingresses'], verbs: crud },
      ],
    });
    new k8s.KubeRoleBinding(this, 'OperatorRoleBinding', {
      metadata: { name },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: role.name },
      subjects: [{ kind: 'ServiceAccount', name: sa.name, namespace: KEYCLOAK_NAMESPACE }],
    });
    new k8s.KubeRoleBinding(this, 'OperatorViewBinding', {
      metadata: { name: `${name}-view` },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' },
      subjects: [{ kind: 'ServiceAccount', name: sa.name, namespace: KEYCLOAK_NAMESPACE }],
    });

    const labels = { ...standardLabels(name), ...KEYCLOAK_OPERATOR_POD_LABELS, ...workloadLabels(name, 'platform') };
    const probe = (path: string) => ({ httpGet: { path, port: k8s.IntOrString.fromNumber(8080) }, initialDelaySeconds: 5, periodSeconds: 10, timeoutSeconds: 10, failureThreshold: 3 });
    const deployment = new k8s.KubeDeployment(this, 'Operator', {
      metadata: { name, labels },
      spec: {
        replicas: 1,
        selector: { matchLabels: { ...KEYCLOAK_OPERATOR_POD_LABELS } },
        template: {
          metadata: { labels },
          spec: {
            serviceAccountName: sa.name,
            securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
            containers: [{
              name,
              image: operatorImage.ref,
              imagePullPolicy: 'IfNotPresent',
              env: [
                { name: 'KUBERNETES_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
                // The Keycloak image the operator deploys when a Keycloak resource names none.
                { name: 'RELATED_IMAGE_KEYCLOAK', value: keycloakImage.ref },
              ],
              ports: [{ name: 'http', containerPort: 8080 }],
              livenessProbe: probe('/q/health/live'),
              readinessProbe: probe('/q/health/ready'),
              startupProbe: probe('/q/health/started'),
              resources: {
                requests: { cpu: quantity(OPERATOR_RESOURCES.requests.cpu), memory: quantity(OPERATOR_RESOURCES.requests.memory) },
                limits: { cpu: quantity(OPERATOR_RESOURCES.limits.cpu), memory: quantity(OPERATOR_RESOURCES.limits.memory) },
              },
              securityContext: { allowPrivilegeEscalation: false, privileged: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
              volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
            }],
            volumes: [{ name: 'tmp', emptyDir: { sizeLimit: quantity('64Mi') } }],
          },
        },
      },
    });
    new k8s.KubeService(this, 'OperatorService', {
      metadata: { name, labels: standardLabels(name) },
      spec: { selector: { ...KEYCLOAK_OPERATOR_POD_LABELS }, ports: [{ name: 'http', port: 80, targetPort: k8s.IntOrString.fromNumber(8080) }] },
    });
    return deployment;
  }
}

/** The realm: roles, the two clients, the token claims the services read. Client secrets are placeholders. */
export function lumenRealm(config: EnvConfig): KeycloakRealmImportSpecRealm {
  const shop = `https://${shopHost(config)}`;
  return {
    realm: KEYCLOAK_REALM,
    enabled: true,
    displayName: 'lumen',
    sslRequired: 'external',
    registrationAllowed: true,
    loginWithEmailAllowed: true,
    bruteForceProtected: true,
    roles: {
      realm: [
        { name: KEYCLOAK_ROLES.customer, description: 'Shopper: browse the catalog, place and read own orders' },
        { name: KEYCLOAK_ROLES.inventoryManager, description: 'Merchant staff: change catalog items, stock and country rules' },
      ],
    },
    // Keycloak 24+ keeps only declared attributes: the claims' attributes are declared here (see CLAIM_ATTRIBUTES).
    components: {
      [USER_PROFILE_PROVIDER]: [{
        name: 'Declarative User Profile', providerId: USER_PROFILE_PROVIDER_ID,
        config: { [USER_PROFILE_CONFIG_KEY]: [JSON.stringify(lumenUserProfile())] },
      }],
    },
    // Who registers is a customer.
    defaultRole: { name: `default-roles-${KEYCLOAK_REALM}`, composite: true, composites: { realm: ['offline_access', 'uma_authorization', KEYCLOAK_ROLES.customer] } },
    clients: [
      {
        clientId: SHOP_FRONTEND_CLIENT_ID,
        name: 'Shop front end',
        publicClient: true,
        standardFlowEnabled: true,
        directAccessGrantsEnabled: false,
        implicitFlowEnabled: false,
        redirectUris: [`${shop}/*`],
        webOrigins: [shop],
        attributes: { 'pkce.code.challenge.method': 'S256', 'post.logout.redirect.uris': `${shop}/*` },
        protocolMappers: [
          {
            name: TOKEN_CLAIMS.tenant, protocol: 'openid-connect', protocolMapper: 'oidc-usermodel-attribute-mapper',
            config: { 'user.attribute': TOKEN_CLAIMS.tenant, 'claim.name': TOKEN_CLAIMS.tenant, 'jsonType.label': 'String', 'access.token.claim': 'true', 'id.token.claim': 'true', 'userinfo.token.claim': 'true' },
          },
          {
            // The user's country (profile attribute): the edge turns it into X-User-Country (src/charts/edge-auth.ts).
            name: TOKEN_CLAIMS.country, protocol: 'openid-connect', protocolMapper: 'oidc-usermodel-attribute-mapper',
            config: { 'user.attribute': TOKEN_CLAIMS.country, 'claim.name': TOKEN_CLAIMS.country, 'jsonType.label': 'String', 'access.token.claim': 'true', 'id.token.claim': 'true', 'userinfo.token.claim': 'true' },
          },
          {
            // `aud` names the edge: Oathkeeper requires it (edge-auth.ts `target_audience`).
            name: 'edge-audience', protocol: 'openid-connect', protocolMapper: 'oidc-audience-mapper',
            config: { 'included.client.audience': EDGE_AUDIENCE, 'access.token.claim': 'true', 'id.token.claim': 'false', 'introspection.token.claim': 'true' },
          },
          {
            name: TOKEN_CLAIMS.roles, protocol: 'openid-connect', protocolMapper: 'oidc-usermodel-realm-role-mapper',
            config: { 'claim.name': TOKEN_CLAIMS.roles, 'jsonType.label': 'String', multivalued: 'true', 'access.token.claim': 'true', 'id.token.claim': 'false', 'userinfo.token.claim': 'false' },
          },
        ],
      },
      {
        clientId: EDGE_CLIENT_ID,
        name: 'Edge JWT validator',
        publicClient: false,
        clientAuthenticatorType: 'client-secret',
        // Resolved by the import Job from the Secret VSO writes (KeycloakRealmImport `placeholders`).
        secret: '${EDGE_CLIENT_SECRET}',
        standardFlowEnabled: false,
        directAccessGrantsEnabled: false,
        serviceAccountsEnabled: true,
      },
    ],
  };
}

/**
 * Keycloak (wave controllers-config): the Keycloak resource (internal image, keycloak-db, TLS at Traefik on
 * `auth.<baseDomain>`, HTTP inside), the `lumen` realm import, metrics and the flows between its pods.
 */
export class KeycloakChart extends LumenChart {
  readonly keycloak: Keycloak;
  readonly realmImport: KeycloakRealmImport;
  readonly route: TlsRoute;

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.CONTROLLERS_CONFIG, namespace: KEYCLOAK_NAMESPACE, description: `Keycloak and the ${KEYCLOAK_REALM} realm` });
    const k = config.components.keycloak;
    const image = internalImage(config.registry.host, 'keycloak/keycloak', KEYCLOAK_VERSION);

    this.keycloak = new Keycloak(this, 'Keycloak', {
      metadata: { name: KEYCLOAK_NAME },
      spec: {
        instances: k.replicas,
        image: image.ref,
        // The stock image is not pre-built for our options: let it build at start (a custom image would be).
        startOptimized: false,
        db: {
          vendor: 'postgres', host: rwHost(KEYCLOAK_DB, KEYCLOAK_NAMESPACE), port: POSTGRES_PORT, database: 'keycloak',
          usernameSecret: { name: KEYCLOAK_SECRETS.db, key: 'username' },
          passwordSecret: { name: KEYCLOAK_SECRETS.db, key: 'password' },
        },
        // TLS ends at Traefik; Keycloak sees X-Forwarded-* and answers for its public URL.
        http: { httpEnabled: true, httpPort: KEYCLOAK_HTTP_PORT },
        hostname: { hostname: `https://${keycloakHost(config)}`, backchannelDynamic: true },
        proxy: { headers: 'xforwarded' },
        ingress: { enabled: false },
        bootstrapAdmin: { user: { secret: KEYCLOAK_SECRETS.admin } },
        additionalOptions: [{ name: 'metrics-enabled', value: 'true' }, { name: 'health-enabled', value: 'true' }],
        resources: {
          requests: { cpu: KeycloakSpecResourcesRequests.fromString(k.resources.requests.cpu), memory: KeycloakSpecResourcesRequests.fromString(k.resources.requests.memory) },
          limits: { cpu: KeycloakSpecResourcesLimits.fromString(k.resources.limits.cpu), memory: KeycloakSpecResourcesLimits.fromString(k.resources.limits.memory) },
        },
        unsupported: {
          podTemplate: {
            metadata: { labels: workloadLabels(KEYCLOAK_NAME, 'security') },
            spec: {
              securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
              containers: [{ name: 'keycloak', securityContext: { allowPrivilegeEscalation: false, privileged: false, capabilities: { drop: ['ALL'] } } }],
            },
          },
        },
      },
    });

    this.realmImport = new KeycloakRealmImport(this, 'Realm', {
      metadata: { name: KEYCLOAK_REALM },
      spec: {
        keycloakCrName: KEYCLOAK_NAME,
        realm: lumenRealm(config),
        placeholders: { EDGE_CLIENT_SECRET: { secret: { name: KEYCLOAK_SECRETS.clients, key: EDGE_CLIENT_SECRET_KEY } } },
      },
    });

    this.route = new TlsRoute(this, KEYCLOAK_NAME, {
      namespace: KEYCLOAK_NAMESPACE,
      host: keycloakHost(config),
      routes: [{ service: KEYCLOAK_SERVICE, port: KEYCLOAK_HTTP_PORT, podLabels: { ...KEYCLOAK_POD_LABELS } }],
    });
    new Monitor(this, `${KEYCLOAK_NAME}-metrics`, {
      namespace: KEYCLOAK_NAMESPACE, selector: { 'app.kubernetes.io/instance': KEYCLOAK_NAME }, port: 'management',
      podLabels: { ...KEYCLOAK_POD_LABELS }, targetPort: KEYCLOAK_MANAGEMENT_PORT,
    });

    // Infinispan clustering between Keycloak pods (and the realm import Job, which starts a member too).
    const jgroups = JGROUPS_PORTS.map((port) => ({ port }));
    new NetworkFlow(this, 'allow-ingress-jgroups', { namespace: KEYCLOAK_NAMESPACE, podLabels: { ...KEYCLOAK_POD_LABELS }, direction: 'ingress', peers: [{ namespace: KEYCLOAK_NAMESPACE }], ports: jgroups });
    new NetworkFlow(this, 'allow-egress-jgroups', { namespace: KEYCLOAK_NAMESPACE, direction: 'egress', peers: [{ namespace: KEYCLOAK_NAMESPACE, podLabels: { ...KEYCLOAK_POD_LABELS } }], ports: jgroups });
  }
}

export function buildKeycloak(scope: Construct, config: EnvConfig): void {
  if (!config.components.keycloak.enabled) return;
  new KeycloakOperatorChart(scope, 'keycloak-operator', config);
  new KeycloakChart(scope, 'keycloak', config);
}
