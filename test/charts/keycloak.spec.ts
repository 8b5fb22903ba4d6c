import {
  EDGE_CLIENT_ID, KEYCLOAK, KEYCLOAK_JWKS_URL, KEYCLOAK_ROLES, KEYCLOAK_SECRETS, KeycloakChart, keycloakIssuer, KeycloakOperatorChart, lumenRealm,
  SHOP_FRONTEND_CLIENT_ID,
} from '../../src/charts/keycloak';
import { Waves } from '../../src/constructs/waves';
import { credentialKeyViolations, highEntropyViolations, secretDataViolations } from '../../src/policy/secrets';
import { overlay, synth, testApp } from '../support/fixtures';

const prod = overlay('prod');
const dev = overlay('dev');
const operator = (config = prod) => synth(new KeycloakOperatorChart(testApp(), 'keycloak-operator', config));
const keycloak = (config = prod) => synth(new KeycloakChart(testApp(), 'keycloak', config));
const one = (objects: any[], kind: string) => objects.find((o) => o.kind === kind);

describe('snapshots (prod)', () => {
  test.each([
    ['keycloak-operator', KeycloakOperatorChart],
    ['keycloak', KeycloakChart],
  ] as const)('%s', (id, Ctor) => {
    const chart = new Ctor(testApp(), id, prod);
    expect({ objects: synth(chart), helm: chart.helmRelease && { chart: chart.helmRelease.chart, version: chart.helmRelease.version, values: chart.helmRelease.values } }).toMatchSnapshot();
  });
});

describe('keycloak operator', () => {
  test('CRDs from the packaged CRD-only chart (pinned, crdModule keycloak), the operator rendered as our objects', () => {
    const chart = new KeycloakOperatorChart(testApp(), 'keycloak-operator', prod);
    expect(chart.helmRelease).toMatchObject({ chart: 'keycloak-operator-crds', version: '26.0.0', crdModule: 'keycloak', values: {} });
    expect(chart.wave).toBe(Waves.CONTROLLERS);
    expect(new KeycloakChart(testApp(), 'keycloak', prod).wave).toBe(Waves.CONTROLLERS_CONFIG);
  });
  test('operator Deployment: internal images (its own and the Keycloak it deploys), restricted, app/tier labels', () => {
    const dep = one(operator(), 'Deployment');
    const c = dep.spec.template.spec.containers[0];
    expect(c.image).toBe('192.168.2.2:5000/keycloak/keycloak-operator:26.0.0');
    expect(c.env.find((e: any) => e.name === 'RELATED_IMAGE_KEYCLOAK').value).toBe('192.168.2.2:5000/keycloak/keycloak:26.0.0');
    expect(c.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
    expect(dep.spec.template.metadata.labels).toMatchObject({ app: 'keycloak-operator', tier: 'platform' });
    expect(dep.spec.template.spec.serviceAccountName).toBe('keycloak-operator');
  });
  test('RBAC: cluster roles bound in the keycloak namespace only (the operator watches its namespace)', () => {
    const objects = operator();
    expect(objects.filter((o) => o.kind === 'ClusterRoleBinding')).toEqual([]);
    const bindings = objects.filter((o) => o.kind === 'RoleBinding');
    expect(bindings.map((b) => b.metadata.namespace)).toEqual(bindings.map(() => 'keycloak'));
    for (const cr of objects.filter((o) => o.kind === 'ClusterRole')) expect(cr.metadata.namespace).toBeUndefined();
  });
  test('keycloak-db: a CloudNativePG cluster, 2 instances in prod and 1 in dev, owner credentials from Vault', () => {
    const db = (config = prod) => one(operator(config), 'Cluster');
    expect(db(prod).spec.instances).toBe(2);
    expect(db(dev).spec.instances).toBe(1);
    expect(db(prod).spec.bootstrap.initdb).toEqual({ database: 'keycloak', owner: 'keycloak', secret: { name: KEYCLOAK_SECRETS.db } });
    expect(db(prod).spec.imageName).toBe('192.168.2.2:5000/cloudnative-pg/postgresql:17.10-standard-trixie');
    expect(db(prod).spec.enableSuperuserAccess).toBe(false);
  });
});

describe('keycloak', () => {
  test('instances per environment, internal image (not pre-built: startOptimized false), resources from the overlay', () => {
    const kc = (config = prod) => one(keycloak(config), 'Keycloak');
    expect(kc(prod).spec.instances).toBe(2);
    expect(kc(dev).spec.instances).toBe(1);
    expect(kc(prod).spec).toMatchObject({ image: '192.168.2.2:5000/keycloak/keycloak:26.0.0', startOptimized: false });
  });
  test('public on https://auth.<baseDomain> through Traefik (TLS there), X-Forwarded headers trusted', () => {
    const objects = keycloak(prod);
    expect(one(objects, 'Keycloak').spec).toMatchObject({
      hostname: { hostname: 'https://auth.airgap.local', backchannelDynamic: true },
      http: { httpEnabled: true, httpPort: 8080 }, proxy: { headers: 'xforwarded' }, ingress: { enabled: false },
    });
    expect(one(objects, 'IngressRoute').spec.routes[0].match).toBe('Host(`auth.airgap.local`) && PathPrefix(`/`)');
    expect(one(objects, 'Certificate').spec.dnsNames).toEqual(['auth.airgap.local']);
    expect(keycloakIssuer(prod)).toBe('https://auth.airgap.local/realms/lumen');
    expect(keycloakIssuer(dev)).toBe('https://auth.dev.lumen.localhost/realms/lumen');
  });
  test('credentials are only referenced: database, bootstrap admin and client secret by Secret name', () => {
    const kc = one(keycloak(prod), 'Keycloak');
    expect(kc.spec.db).toMatchObject({
      vendor: 'postgres', host: 'keycloak-db-rw.keycloak.svc.cluster.local',
      usernameSecret: { name: KEYCLOAK_SECRETS.db, key: 'username' }, passwordSecret: { name: KEYCLOAK_SECRETS.db, key: 'password' },
    });
    expect(kc.spec.bootstrapAdmin).toEqual({ user: { secret: KEYCLOAK_SECRETS.admin } });
    const vss = operator(prod).filter((o) => o.kind === 'VaultStaticSecret');
    expect(vss.map((o) => [o.spec.destination.name, o.spec.path]).sort()).toEqual([
      ['backups-keycloak-db-s3', 'backup/s3/keycloak-db'],
      ['keycloak-admin', 'shop/keycloak/admin'], ['keycloak-clients', 'shop/keycloak/clients'], ['keycloak-db-app', 'shop/keycloak/db'],
    ]);
    for (const config of [prod, dev]) {
      for (const o of [...operator(config), ...keycloak(config)]) {
        expect([...secretDataViolations(o), ...credentialKeyViolations(o), ...highEntropyViolations(o)]).toEqual([]);
      }
    }
  });
});

describe('realm import', () => {
  test('realm lumen: customer and inventory-manager roles; who registers is a customer', () => {
    const realm = lumenRealm(prod);
    expect(realm.realm).toBe('lumen');
    expect(realm.roles!.realm!.map((r) => r.name)).toEqual([KEYCLOAK_ROLES.customer, KEYCLOAK_ROLES.inventoryManager]);
    expect(KEYCLOAK_ROLES).toEqual({ customer: 'customer', inventoryManager: 'inventory-manager' });
    expect(realm.defaultRole!.composites!.realm).toContain('customer');
  });
  test('a public PKCE client for the shop front end, with tenant_id, country and roles claims', () => {
    const shop = lumenRealm(prod).clients!.find((c) => c.clientId === SHOP_FRONTEND_CLIENT_ID)!;
    expect(shop).toMatchObject({ publicClient: true, standardFlowEnabled: true, directAccessGrantsEnabled: false, redirectUris: ['https://shop.airgap.local/*'] });
    expect(shop.attributes!['pkce.code.challenge.method']).toBe('S256');
    expect(shop.protocolMappers!.map((m) => m.name)).toEqual(['tenant_id', 'country', 'edge-audience', 'roles']);
  });
  test('a confidential client for the edge validator whose secret is a placeholder resolved from a Vault-fed Secret', () => {
    const edge = lumenRealm(prod).clients!.find((c) => c.clientId === EDGE_CLIENT_ID)!;
    expect(edge).toMatchObject({ publicClient: false, secret: '${EDGE_CLIENT_SECRET}', serviceAccountsEnabled: true, standardFlowEnabled: false });
    const imp = one(keycloak(prod), 'KeycloakRealmImport');
    expect(imp.spec.keycloakCRName).toBe('keycloak');
    expect(imp.spec.placeholders).toEqual({ EDGE_CLIENT_SECRET: { secret: { name: KEYCLOAK_SECRETS.clients, key: 'edge-client-secret' } } });
  });
});

describe('flows and exports', () => {
  test('traefik → keycloak 8080, prometheus → management 9000, JGroups between members', () => {
    const nps = keycloak(prod).filter((o) => o.kind === 'NetworkPolicy');
    const byName = Object.fromEntries(nps.map((o) => [o.metadata.name, o]));
    expect(byName['allow-traefik-keycloak-ingress'].spec.ingress[0].ports).toEqual([{ protocol: 'TCP', port: 8080 }]);
    expect(byName['allow-traefik-keycloak-egress'].metadata.namespace).toBe('traefik');
    expect(byName['allow-ingress-prometheus-keycloak-metrics'].spec.ingress[0].ports).toEqual([{ protocol: 'TCP', port: 9000 }]);
    expect(byName['allow-ingress-jgroups'].spec.ingress[0].ports.map((p: any) => p.port)).toEqual([7800, 57800]);
  });
  test('the operator namespace: operator → API server, CNPG operator → keycloak-db', () => {
    const names = operator(prod).filter((o) => o.kind === 'NetworkPolicy').map((o) => o.metadata.name);
    expect(names).toEqual(expect.arrayContaining(['allow-egress-operator-apiserver', 'allow-cnpg-operator-keycloak-egress', 'allow-cnpg-operator-keycloak-ingress']));
  });
  test('KEYCLOAK and the JWKS URL for the services engineer', () => {
    expect(KEYCLOAK).toMatchObject({ namespace: 'keycloak', host: 'keycloak-service.keycloak.svc.cluster.local', ports: [{ port: 8080 }], secretPath: 'shop/keycloak/clients' });
    expect(KEYCLOAK_JWKS_URL).toBe('http://keycloak-service.keycloak.svc.cluster.local:8080/realms/lumen/protocol/openid-connect/certs');
  });
});
