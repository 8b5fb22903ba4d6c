import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-30';
import type { EnvConfig, Resources } from '../config/schema';
import {
  Kafka, KafkaConnect, KafkaConnectSpecResourcesLimits, KafkaConnectSpecResourcesRequests, KafkaConnector, KafkaNodePool,
  KafkaNodePoolSpecResourcesLimits, KafkaNodePoolSpecResourcesRequests, KafkaNodePoolSpecRoles, KafkaNodePoolSpecStorageType,
  KafkaNodePoolSpecStorageVolumesKraftMetadata, KafkaNodePoolSpecStorageVolumesType, KafkaSpecKafkaListenersConfigurationExternalTrafficPolicy,
  KafkaSpecKafkaListenersType, KafkaTopic,
} from '../../imports/strimzi-kafka.strimzi.io';
import { currentCluster, exposedAddresses } from '../platform/fleet';
import { METALLB_IPS_ANNOTATION } from './metallb';
import {
  CITUS_NAMESPACE, CITUS_VAULT_PATHS, citusNodes, ORDER_DATABASE, ORDER_PUBLICATION, ORDER_SLOT, ORDER_TABLES, POSTGRES_PORT, rwHost,
} from './citus';
import { CATALOG_COLLECTIONS, CATALOG_DATABASE, CATALOG_MONGODB, MONGODB_AUTH_SOURCE, MONGODB_PORT, MONGODB_VAULT_PATHS } from './mongodb';
import { Dependency, dependency, serviceHost } from '../constructs/dependency';
import { HelmRelease } from '../constructs/helm-release';
import { ImageRef, internalImage } from '../constructs/images';
import { workloadLabels } from '../constructs/labels';
import { LumenChart } from '../constructs/lumen-chart';
import { allowFlow, apiServerPeers, NetworkFlow } from '../constructs/network-flow';
import { PlatformNamespace } from '../constructs/platform-namespace';
import { VaultNamespaceAuth, VaultSecret } from '../constructs/vault-secret';
import { Waves } from '../constructs/waves';

/** Strimzi 1.2.0 (chart strimzi-kafka-operator 1.2.0): serves only kafka.strimzi.io/v1, the version imports/ carries. */
export const STRIMZI_VERSION = '1.2.0';
/** Apache Kafka 4.3.1, supported by Strimzi 1.2.0 (KRaft only). */
export const KAFKA_VERSION = '4.3.1';
/** Strimzi's Kafka image tag for that version. */
export const KAFKA_IMAGE_TAG = `${STRIMZI_VERSION}-kafka-${KAFKA_VERSION}`;
/**
 * Debezium 3.4 Kafka Connect image: built by the connected zone FROM strimzi/kafka:<KAFKA_IMAGE_TAG> with the
 * Debezium PostgreSQL and MongoDB connector plugins unpacked into /opt/kafka/plugins (no `spec.build`: nothing
 * is downloaded in the cluster).
 */
export const DEBEZIUM_VERSION = '3.4.2.Final';
export const DEBEZIUM_CONNECT_IMAGE = { repository: 'lumen/debezium-connect', tag: `${DEBEZIUM_VERSION}-${KAFKA_IMAGE_TAG}` } as const;

/** The operator and the cluster share the namespace (the operator watches its own namespace). */
export const KAFKA_NAMESPACE = 'kafka';
export const KAFKA_CLUSTER = 'lumen-kafka';
/** The node pool: KRaft controllers and brokers in the same pods. */
export const KAFKA_NODE_POOL = 'dual-role';
export const CONNECT_CLUSTER = 'debezium';
/** Listeners: plain for in-cluster clients (NetworkPolicy-restricted), TLS for Kafka Connect. */
export const KAFKA_PLAIN_PORT = 9092;
export const KAFKA_TLS_PORT = 9093;
/** Ports Strimzi's components use between themselves: control plane, replication, agent, Connect REST. */
const STRIMZI_INTERNAL_PORTS = [9090, 9091, KAFKA_PLAIN_PORT, KAFKA_TLS_PORT, 8443, 8083];
const bootstrap = serviceHost(`${KAFKA_CLUSTER}-kafka-bootstrap`, KAFKA_NAMESPACE);

/** Pods of the Kafka brokers (Strimzi's labels). */
export const KAFKA_BROKER_POD_LABELS = { 'strimzi.io/cluster': KAFKA_CLUSTER, 'strimzi.io/broker-role': 'true' } as const;
export const CONNECT_POD_LABELS = { 'strimzi.io/cluster': CONNECT_CLUSTER, 'strimzi.io/kind': 'KafkaConnect' } as const;
export const STRIMZI_OPERATOR_POD_LABELS = { 'strimzi.io/kind': 'cluster-operator' } as const;
/** Kafka Connect runs as this ServiceAccount (Strimzi: `<connect>-connect`). */
export const CONNECT_SERVICE_ACCOUNT = `${CONNECT_CLUSTER}-connect`;

/** The listener a client on another cluster of a fleet connects to (plain, NetworkPolicy admits only the other clusters' nodes). */
export const KAFKA_FLEET_PORT = 9094;

/** What a service connects to: the bootstrap Service, plain listener (no credentials: NetworkPolicy decides who). */
export const KAFKA: Dependency = dependency({
  name: KAFKA_CLUSTER, component: 'kafka',
  namespace: KAFKA_NAMESPACE,
  podLabels: KAFKA_BROKER_POD_LABELS,
  ports: [{ port: KAFKA_PLAIN_PORT }],
  host: bootstrap,
  // Brokers advertise in-cluster addresses on `plain`: another cluster of a fleet uses the `fleet` listener
  // (KafkaChart): a LoadBalancer bootstrap at the exposed address, then one per broker on the next ones.
  remote: 'listener',
  remotePorts: [{ port: KAFKA_FLEET_PORT }],
  remoteAddresses: (config) => 1 + config.components.kafka.replicas,
});

/** The CDC topics (seed 004 §7): one per captured table or collection, JSON change events. */
export const CDC_TOPICS = {
  orders: ORDER_TABLES.map((t) => `order.public.${t}`),
  catalog: [CATALOG_COLLECTIONS.products, CATALOG_COLLECTIONS.merchantListings].map((c) => `catalog.${CATALOG_DATABASE}.${c}`),
} as const;
/** Kafka Connect's own topics (compacted). */
export const CONNECT_TOPICS = { config: 'debezium-connect-configs', offset: 'debezium-connect-offsets', status: 'debezium-connect-status' } as const;
/** Secrets Kafka Connect reads through the KubernetesSecretConfigProvider (`${secrets:kafka/<name>:<key>}`). */
export const CONNECT_SECRETS = { citus: 'debezium-citus', mongodb: 'debezium-mongodb' } as const;
/** A reference resolved by Kafka Connect at run time: the value never appears in Git or in the connector's config. */
export const secretRef = (secret: string, key: string): string => `\${secrets:${KAFKA_NAMESPACE}/${secret}:${key}}`;

/** Replication for an n-node cluster: 3 copies (2 in sync) when it can, else what it has. */
export function replication(nodes: number): { factor: number; minInSync: number } {
  const factor = Math.min(3, nodes);
  return { factor, minInSync: factor >= 3 ? 2 : 1 };
}

type StrimziImage = { readonly registry: string; readonly repository: string; readonly name: string };
const OPERATOR_RESOURCES: Resources = { requests: { cpu: '100m', memory: '384Mi' }, limits: { cpu: '1', memory: '512Mi' } };

/** The values of the strimzi-kafka-operator chart that we set. */
export interface StrimziValues {
  readonly defaultImageRegistry: string;
  readonly defaultImageRepository: string;
  readonly defaultImageTag: string;
  readonly image: StrimziImage;
  readonly kafka: { readonly image: StrimziImage };
  readonly kafkaConnect: { readonly image: StrimziImage };
  readonly topicOperator: { readonly image: StrimziImage };
  readonly userOperator: { readonly image: StrimziImage };
  readonly kafkaInit: { readonly image: StrimziImage };
  readonly kafkaExporter: { readonly image: StrimziImage };
  readonly cruiseControl: { readonly image: StrimziImage };
  readonly watchAnyNamespace: boolean;
  readonly replicas: number;
  readonly resources: Resources;
  readonly labels: Record<string, string>;
  readonly podSecurityContext: { readonly runAsNonRoot: boolean; readonly seccompProfile: { readonly type: 'RuntimeDefault' } };
  readonly securityContext: { readonly allowPrivilegeEscalation: boolean; readonly readOnlyRootFilesystem: boolean; readonly capabilities: { readonly drop: string[] } };
  /** `STRIMZI_POD_SECURITY_PROVIDER_CLASS=restricted`: every operand pod gets a restricted-PSS security context. */
  readonly extraEnvs: { readonly name: string; readonly value: string }[];
  readonly generateNetworkPolicy: boolean;
}

export function strimziValues(config: EnvConfig): { values: StrimziValues; images: ImageRef[] } {
  const operator = internalImage(config.registry.host, 'strimzi/operator', STRIMZI_VERSION);
  const kafka = internalImage(config.registry.host, 'strimzi/kafka', KAFKA_IMAGE_TAG);
  // The chart joins registry/repository/name and appends the tag (`<defaultImageTag>-kafka-<version>` for the
  // Kafka image). The images the operator only names (kafka-bridge, kaniko-executor, buildah, maven-builder)
  // take the defaults, so the default repository is Strimzi's own path, `strimzi`.
  const img = (ref: ImageRef): StrimziImage => {
    const at = ref.repository.lastIndexOf('/');
    return { registry: ref.registry, repository: ref.repository.slice(0, at), name: ref.repository.slice(at + 1) };
  };
  return {
    images: [operator, kafka],
    values: {
      defaultImageRegistry: config.registry.host,
      defaultImageRepository: 'strimzi',
      defaultImageTag: STRIMZI_VERSION,
      image: img(operator),
      kafka: { image: img(kafka) },
      kafkaConnect: { image: img(kafka) },
      topicOperator: { image: img(operator) },
      userOperator: { image: img(operator) },
      kafkaInit: { image: img(operator) },
      kafkaExporter: { image: img(kafka) },
      cruiseControl: { image: img(kafka) },
      watchAnyNamespace: false,
      replicas: 1,
      resources: OPERATOR_RESOURCES,
      labels: workloadLabels('strimzi-cluster-operator', 'platform'),
      podSecurityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
      extraEnvs: [{ name: 'STRIMZI_POD_SECURITY_PROVIDER_CLASS', value: 'restricted' }],
      generateNetworkPolicy: true,
    },
  };
}

/**
 * Strimzi's cluster operator with its CRDs (wave controllers), in the kafka namespace, plus what Kafka
 * Connect needs before it exists: the Debezium users' credentials (VSO, from the same Vault entries the
 * databases use) and the RBAC that lets Connect's config provider read exactly those two Secrets.
 */
export class StrimziChart extends LumenChart {
  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.CONTROLLERS, namespace: KAFKA_NAMESPACE, description: 'Strimzi operator, its CRDs and the CDC credentials' });
    new PlatformNamespace(this, KAFKA_NAMESPACE);
    const { values } = strimziValues(config);
    new HelmRelease(this, 'Release', {
      chart: 'strimzi-kafka-operator', version: STRIMZI_VERSION, values, crdModule: 'strimzi',
    });

    new VaultNamespaceAuth(this, 'VaultAuth', { namespace: KAFKA_NAMESPACE });
    new VaultSecret(this, CONNECT_SECRETS.citus, { namespace: KAFKA_NAMESPACE, path: CITUS_VAULT_PATHS.debezium });
    new VaultSecret(this, CONNECT_SECRETS.mongodb, { namespace: KAFKA_NAMESPACE, path: MONGODB_VAULT_PATHS.debezium });
    const role = new k8s.KubeRole(this, 'ConnectSecretsRole', {
      metadata: { name: `${CONNECT_CLUSTER}-connect-secrets` },
      rules: [{ apiGroups: [''], resources: ['secrets'], resourceNames: Object.values(CONNECT_SECRETS), verbs: ['get'] }],
    });
    new k8s.KubeRoleBinding(this, 'ConnectSecretsBinding', {
      metadata: { name: `${CONNECT_CLUSTER}-connect-secrets` },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: role.name },
      subjects: [{ kind: 'ServiceAccount', name: CONNECT_SERVICE_ACCOUNT, namespace: KAFKA_NAMESPACE }],
    });

    // The operator, the entity operator and Connect's config provider all talk to the API server.
    const api = config.cluster.apiServer;
    new NetworkFlow(this, 'allow-egress-apiserver', {
      namespace: KAFKA_NAMESPACE, direction: 'egress', peers: apiServerPeers(api.cidrs), ports: [{ port: api.port }, { port: 443 }],
    });
    // Operator ↔ brokers ↔ entity operator ↔ Connect, inside the namespace.
    const ports = STRIMZI_INTERNAL_PORTS.map((port) => ({ port }));
    new NetworkFlow(this, 'allow-ingress-strimzi-in-namespace', { namespace: KAFKA_NAMESPACE, direction: 'ingress', peers: [{ namespace: KAFKA_NAMESPACE }], ports });
    new NetworkFlow(this, 'allow-egress-strimzi-in-namespace', { namespace: KAFKA_NAMESPACE, direction: 'egress', peers: [{ namespace: KAFKA_NAMESPACE }], ports });
  }
}

/**
 * The listener for clients on another cluster of a fleet: Strimzi's LoadBalancer bootstrap at the first
 * address, broker i advertised at the (i+1)-th (MetalLB gives each Service its address); Local traffic
 * policy, so the brokers see the client cluster's node addresses, which the ingress policy admits.
 */
function fleetListener(addresses: readonly string[]) {
  return {
    name: 'fleet', port: KAFKA_FLEET_PORT, type: KafkaSpecKafkaListenersType.LOADBALANCER, tls: false,
    configuration: {
      externalTrafficPolicy: KafkaSpecKafkaListenersConfigurationExternalTrafficPolicy.LOCAL,
      bootstrap: { annotations: { [METALLB_IPS_ANNOTATION]: addresses[0] } },
      brokers: addresses.slice(1).map((ip, broker) => ({ broker, advertisedHost: ip, annotations: { [METALLB_IPS_ANNOTATION]: ip } })),
    },
  };
}

const preferSpread = (labels: Record<string, string>) => ({
  podAntiAffinity: {
    preferredDuringSchedulingIgnoredDuringExecution: [{
      weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: labels } },
    }],
  },
});

/**
 * Kafka in KRaft mode and the Debezium CDC pipeline (wave controllers-config): a Kafka with one node pool
 * (controller + broker, `replicas` nodes), the CDC topics, a Kafka Connect on the Debezium image (connectors as
 * KafkaConnector resources) and one connector per Citus node (Postgres WAL through pgoutput) plus one for the
 * catalog's MongoDB change streams. Credentials: `${secrets:...}` references only.
 */
export class KafkaChart extends LumenChart {
  readonly kafka: Kafka;
  readonly connect: KafkaConnect;
  readonly connectors: KafkaConnector[] = [];
  readonly images: ImageRef[];

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.CONTROLLERS_CONFIG, namespace: KAFKA_NAMESPACE, description: 'Kafka (KRaft) and Debezium CDC' });
    const c = config.components.kafka;
    const { factor, minInSync } = replication(c.replicas);
    const connectImage = internalImage(config.registry.host, DEBEZIUM_CONNECT_IMAGE.repository, DEBEZIUM_CONNECT_IMAGE.tag);
    this.images = [connectImage];
    const clusterLabel = { 'strimzi.io/cluster': KAFKA_CLUSTER };
    // In a fleet, when this cluster exposes Kafka to another (clusters[].expose.lumen-kafka).
    const here = currentCluster(config);
    const fleetAddresses = here ? exposedAddresses(config, here, KAFKA) : undefined;

    this.kafka = new Kafka(this, 'Kafka', {
      metadata: { name: KAFKA_CLUSTER },
      spec: {
        kafka: {
          version: KAFKA_VERSION,
          listeners: [
            { name: 'plain', port: KAFKA_PLAIN_PORT, type: KafkaSpecKafkaListenersType.INTERNAL, tls: false },
            { name: 'tls', port: KAFKA_TLS_PORT, type: KafkaSpecKafkaListenersType.INTERNAL, tls: true },
            ...(fleetAddresses ? [fleetListener(fleetAddresses)] : []),
          ],
          config: {
            'default.replication.factor': factor,
            'min.insync.replicas': minInSync,
            'offsets.topic.replication.factor': factor,
            'transaction.state.log.replication.factor': factor,
            'transaction.state.log.min.isr': minInSync,
            // Topics are declared (KafkaTopic) or created by Connect with explicit settings.
            'auto.create.topics.enable': false,
          },
          template: { pod: { metadata: { labels: workloadLabels(KAFKA_CLUSTER, 'data') }, affinity: preferSpread({ ...KAFKA_BROKER_POD_LABELS }) } },
        },
        entityOperator: {
          topicOperator: {},
          template: { pod: { metadata: { labels: workloadLabels(`${KAFKA_CLUSTER}-entity-operator`, 'data') } } },
        },
      },
    });

    new KafkaNodePool(this, 'NodePool', {
      // The fleet listener gives broker i the i-th address: pin the node ids it counts on (Strimzi's default, 0 up).
      metadata: { name: KAFKA_NODE_POOL, labels: clusterLabel, ...(fleetAddresses ? { annotations: { 'strimzi.io/next-node-ids': `[0-${c.replicas - 1}]` } } : {}) },
      spec: {
        replicas: c.replicas,
        roles: [KafkaNodePoolSpecRoles.CONTROLLER, KafkaNodePoolSpecRoles.BROKER],
        storage: {
          type: KafkaNodePoolSpecStorageType.JBOD,
          volumes: [{
            id: 0, type: KafkaNodePoolSpecStorageVolumesType.PERSISTENT_HYPHEN_CLAIM, size: c.storage, deleteClaim: false,
            kraftMetadata: KafkaNodePoolSpecStorageVolumesKraftMetadata.SHARED,
          }],
        },
        resources: {
          requests: { cpu: KafkaNodePoolSpecResourcesRequests.fromString(c.resources.requests.cpu), memory: KafkaNodePoolSpecResourcesRequests.fromString(c.resources.requests.memory) },
          limits: { cpu: KafkaNodePoolSpecResourcesLimits.fromString(c.resources.limits.cpu), memory: KafkaNodePoolSpecResourcesLimits.fromString(c.resources.limits.memory) },
        },
      },
    });

    // KafkaTopic names are Kubernetes names (no `_`); spec.topicName is the real topic.
    const topic = (topicName: string, partitions: number, topicConfig: Record<string, string | number>) => new KafkaTopic(this, `Topic-${topicName}`, {
      metadata: { name: topicName.replace(/_/g, '-'), labels: clusterLabel },
      spec: { topicName, partitions, replicas: factor, config: { 'min.insync.replicas': minInSync, ...topicConfig } },
    });
    const compacted = { 'cleanup.policy': 'compact' };
    topic(CONNECT_TOPICS.config, 1, compacted);
    topic(CONNECT_TOPICS.offset, 25, compacted);
    topic(CONNECT_TOPICS.status, 5, compacted);
    const cdcTopics = [
      ...(config.components.citus.enabled ? CDC_TOPICS.orders : []),
      ...(config.components.mongodb.enabled ? CDC_TOPICS.catalog : []),
    ];
    // A week of change events, partitioned by key (the row's primary key / document id): per-key order holds.
    for (const t of cdcTopics) topic(t, 3, { 'retention.ms': 7 * 24 * 3600 * 1000 });

    const r = config.components.kafka.resources;
    this.connect = new KafkaConnect(this, 'Connect', {
      metadata: { name: CONNECT_CLUSTER, annotations: { 'strimzi.io/use-connector-resources': 'true' } },
      spec: {
        version: KAFKA_VERSION,
        replicas: c.connectReplicas,
        image: connectImage.ref,
        bootstrapServers: `${KAFKA_CLUSTER}-kafka-bootstrap:${KAFKA_TLS_PORT}`,
        tls: { trustedCertificates: [{ secretName: `${KAFKA_CLUSTER}-cluster-ca-cert`, pattern: '*.crt' }] },
        groupId: `${CONNECT_CLUSTER}-connect`,
        configStorageTopic: CONNECT_TOPICS.config,
        offsetStorageTopic: CONNECT_TOPICS.offset,
        statusStorageTopic: CONNECT_TOPICS.status,
        config: {
          'config.storage.replication.factor': factor,
          'offset.storage.replication.factor': factor,
          'status.storage.replication.factor': factor,
          // Seed 004 §7: structured JSON change events.
          'key.converter': 'org.apache.kafka.connect.json.JsonConverter',
          'value.converter': 'org.apache.kafka.connect.json.JsonConverter',
          'key.converter.schemas.enable': false,
          'value.converter.schemas.enable': false,
          // Credentials resolved at run time from Secrets VSO writes (RBAC: the Role of the strimzi app).
          'config.providers': 'secrets',
          'config.providers.secrets.class': 'io.strimzi.kafka.KubernetesSecretConfigProvider',
        },
        resources: {
          requests: { cpu: KafkaConnectSpecResourcesRequests.fromString(r.requests.cpu), memory: KafkaConnectSpecResourcesRequests.fromString(r.requests.memory) },
          limits: { cpu: KafkaConnectSpecResourcesLimits.fromString(r.limits.cpu), memory: KafkaConnectSpecResourcesLimits.fromString(r.limits.memory) },
        },
        template: { pod: { metadata: { labels: workloadLabels(`${CONNECT_CLUSTER}-connect`, 'data') }, affinity: preferSpread({ ...CONNECT_POD_LABELS }) } },
      },
    });

    if (config.components.citus.enabled) this.postgresConnectors(config, factor);
    if (config.components.mongodb.enabled) this.mongodbConnector(factor);
  }

  /**
   * One connector per Citus node: Citus CDC decodes each node's shard changes under the distributed table's
   * name, so every node is read (its own slot, the propagated publication) and the RegexRouter merges the
   * per-node topic prefixes into one topic per table (`order.public.<table>`). Distinct prefixes keep the
   * connectors' offsets apart. The coordinator holds no shards: its connector only snapshots.
   */
  private postgresConnectors(config: EnvConfig, factor: number): void {
    const nodes = citusNodes(config);
    for (const node of nodes) {
      const prefix = `order-${node.replace(/^citus-/, '')}`;
      this.connectors.push(new KafkaConnector(this, `Connector-${node}`, {
        metadata: { name: `${node}-cdc`, labels: { 'strimzi.io/cluster': CONNECT_CLUSTER } },
        spec: {
          class: 'io.debezium.connector.postgresql.PostgresConnector',
          tasksMax: 1,
          autoRestart: { enabled: true },
          config: {
            'database.hostname': rwHost(node),
            'database.port': POSTGRES_PORT,
            'database.dbname': ORDER_DATABASE,
            'database.user': secretRef(CONNECT_SECRETS.citus, 'username'),
            'database.password': secretRef(CONNECT_SECRETS.citus, 'password'),
            'database.sslmode': 'require',
            'topic.prefix': prefix,
            'plugin.name': 'pgoutput',
            'publication.name': ORDER_PUBLICATION,
            // The init Job creates the publication on the coordinator and Citus propagates it.
            'publication.autocreate.mode': 'disabled',
            'slot.name': ORDER_SLOT,
            // A failover slot (PostgreSQL 17+, created on the primary): CloudNativePG synchronizes it to the standbys
            // (citus.ts `logicalSlotFailover`), so a switchover resumes from the slot instead of losing changes.
            'slot.failover': true,
            'table.include.list': ORDER_TABLES.map((t) => `public.${t}`).join(','),
            // The coordinator's snapshot reads the distributed tables once, across all shards; on a worker
            // the same SELECT would read them all again: workers stream changes only.
            'snapshot.mode': node === nodes[0] ? 'initial' : 'no_data',
            // Keeps the slot advancing on quiet nodes (no WAL pile-up).
            'heartbeat.interval.ms': 10000,
            'transforms': 'route',
            'transforms.route.type': 'org.apache.kafka.connect.transforms.RegexRouter',
            'transforms.route.regex': `${prefix}\\.(.*)`,
            'transforms.route.replacement': 'order.$1',
            'topic.creation.default.replication.factor': factor,
            'topic.creation.default.partitions': 3,
          },
        },
      }));
    }
    allowFlow(this, 'debezium-citus', {
      from: { namespace: KAFKA_NAMESPACE, podLabels: { ...CONNECT_POD_LABELS } },
      to: { namespace: CITUS_NAMESPACE, podLabels: { 'cnpg.io/podRole': 'instance' } },
      ports: [{ port: POSTGRES_PORT }],
    });
  }

  /** The catalog's change streams, read through the mongos routers (Debezium follows every shard). */
  private mongodbConnector(factor: number): void {
    this.connectors.push(new KafkaConnector(this, 'Connector-catalog', {
      metadata: { name: 'catalog-mongodb-cdc', labels: { 'strimzi.io/cluster': CONNECT_CLUSTER } },
      spec: {
        class: 'io.debezium.connector.mongodb.MongoDbConnector',
        tasksMax: 1,
        autoRestart: { enabled: true },
        config: {
          'mongodb.connection.string': `mongodb://${CATALOG_MONGODB.host}:${MONGODB_PORT}/?authSource=${MONGODB_AUTH_SOURCE}`,
          'mongodb.user': secretRef(CONNECT_SECRETS.mongodb, 'username'),
          'mongodb.password': secretRef(CONNECT_SECRETS.mongodb, 'password'),
          'topic.prefix': 'catalog',
          // Debezium 3.4 opens a deployment-wide change stream by default, which needs read on every database;
          // the debezium user reads only `catalog` (mongodb.ts): watch that database's stream alone.
          'capture.scope': 'database',
          'capture.target': CATALOG_DATABASE,
          'database.include.list': CATALOG_DATABASE,
          'collection.include.list': [CATALOG_COLLECTIONS.products, CATALOG_COLLECTIONS.merchantListings].map((c) => `${CATALOG_DATABASE}.${c}`).join(','),
          'capture.mode': 'change_streams_update_full',
          'snapshot.mode': 'initial',
          'topic.creation.default.replication.factor': factor,
          'topic.creation.default.partitions': 3,
        },
      },
    }));
    allowFlow(this, 'debezium-mongodb', {
      from: { namespace: KAFKA_NAMESPACE, podLabels: { ...CONNECT_POD_LABELS } },
      to: { namespace: CATALOG_MONGODB.namespace, podLabels: { ...CATALOG_MONGODB.podLabels } },
      ports: [...CATALOG_MONGODB.ports],
    });
  }
}

export function buildKafka(scope: Construct, config: EnvConfig): void {
  if (!config.components.kafka.enabled) return;
  new StrimziChart(scope, 'strimzi', config);
  new KafkaChart(scope, 'kafka', config);
}
