import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import {
  Certificate, CertificateSpecPrivateKeyAlgorithm, CertificateSpecPrivateKeyRotationPolicy,
} from '../../imports/cert-manager-cert-manager.io';
import { IngressRoute, IngressRouteSpecRoutesServicesPort } from '../../imports/traefik-traefik.io';
import { VAULT_ISSUER } from '../platform/endpoints';
import { LumenChart } from './lumen-chart';
import { allowFlow } from './network-flow';
import { Waves } from './waves';

/** Where Traefik runs (src/charts/traefik.ts installs it there). */
export const TRAEFIK_NAMESPACE = 'traefik';
/** Labels of Traefik's pods (the traefik chart's selector labels). */
export const TRAEFIK_POD_LABELS: Readonly<Record<string, string>> = Object.freeze({ 'app.kubernetes.io/name': 'traefik' });
/** Traefik's TLS entry point (:443 on the Service, 8443 in the pod). */
export const WEBSECURE_ENTRYPOINT = 'websecure';
/** Certificate lifetime (90 days) and renewal 30 days before expiry (the lumen PKI policy). */
export const CERTIFICATE_DURATION = '2160h';
export const CERTIFICATE_RENEW_BEFORE = '720h';

export interface TlsRouteBackend {
  /**
   * Path prefix this backend serves.
   * @default '/'
   */
  readonly pathPrefix?: string;
  /** Service name in the route's namespace. */
  readonly service: string;
  /** Service port. */
  readonly port: number;
  /**
   * Container port the pods listen on (NetworkPolicy sees pod ports, not Service ports).
   * @default port
   */
  readonly targetPort?: number;
  /**
   * Pods behind the service: opens traefik → pods through default deny (allowFlow).
   * @default - no flow opened
   */
  readonly podLabels?: Record<string, string>;
  /**
   * Middleware names (same namespace, or `<namespace>-<name>@kubernetescrd`), applied in this order.
   * @default []
   */
  readonly middlewares?: string[];
  /**
   * Extra match, ANDed (e.g. "Header(`X-Api-Version`, `v2`)").
   * @default - none
   */
  readonly extraMatch?: string;
}

export interface TlsRouteProps {
  /** Namespace of the IngressRoute, the Certificate, its Secret and the backends' Services. */
  readonly namespace: string;
  /** Fully qualified host name the route answers for (and the certificate's only DNS name). */
  readonly host: string;
  /** Backends by path prefix; at least one. */
  readonly routes: TlsRouteBackend[];
  /**
   * ClusterIssuer that signs the certificate.
   * @default VAULT_ISSUER (src/charts/cert-manager.ts)
   */
  readonly issuer?: string;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const FQDN_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
// A middleware in the route's namespace, or a provider-qualified one (`<namespace>-<name>@kubernetescrd`).
const MIDDLEWARE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(@[a-z0-9]+)?$/;
const PATH_PREFIX = /^\/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$/;

function isFqdn(host: string): boolean {
  const labels = host.split('.');
  return host.length <= 253 && labels.length >= 2 && labels.every((l) => FQDN_LABEL.test(l)) && !/^[0-9]+$/.test(labels[labels.length - 1]);
}

function checkPort(name: string, value: number, where: string): void {
  if (!Number.isInteger(value) || value < 1 || value > 65535) throw new Error(`'${name}' must be an integer 1..65535, got ${value} (${where})`);
}

interface ResolvedBackend {
  readonly pathPrefix: string;
  readonly service: string;
  readonly port: number;
  readonly targetPort: number;
  readonly podLabels?: Record<string, string>;
  readonly middlewares: string[];
  readonly extraMatch?: string;
}

/**
 * HTTPS for one host through Traefik: a cert-manager Certificate (Vault PKI by default; 90 days, renewed 30
 * days before expiry, new ECDSA P-256 key on every renewal) and an IngressRoute on the websecure entry point
 * serving it, with one route per path prefix. Backends given `podLabels` also get the traefik → pods flow
 * through both namespaces' default deny.
 *
 * Needs Traefik's and cert-manager's CRDs: use it in a chart of wave DEPENDENCIES_CONFIG or later.
 * Names: IngressRoute and Certificate `<id>`, Secret `<id>-tls`.
 */
export class TlsRoute extends Construct {
  readonly ingressRoute: IngressRoute;
  readonly certificate: Certificate;
  readonly secretName: string;
  readonly host: string;

  constructor(scope: Construct, id: string, props: TlsRouteProps) {
    super(scope, id);
    if (!DNS_LABEL.test(id) || id.length > 59) throw new Error(`'id' must be a DNS label of at most 59 characters (it names the route and '<id>-tls'), got "${id}"`);
    if (!DNS_LABEL.test(props.namespace) || props.namespace.length > 63) throw new Error(`'namespace' must be a DNS label, got "${props.namespace}" (route ${id})`);
    if (!isFqdn(props.host)) throw new Error(`'host' must be a lower-case fully qualified domain name such as app.airgap.local, got "${props.host}" (route ${id})`);
    if (!props.routes.length) throw new Error(`'routes' must hold at least one backend, got none (route ${id})`);
    const issuer = props.issuer ?? VAULT_ISSUER;
    if (!DNS_LABEL.test(issuer)) throw new Error(`'issuer' must be a ClusterIssuer name, got "${issuer}" (route ${id})`);

    const chart = Chart.of(this);
    if (chart instanceof LumenChart && chart.wave.number <= Waves.DEPENDENCIES.number) {
      throw new Error(`TlsRoute ${id} needs Traefik's CRDs (wave ${Waves.DEPENDENCIES.number}): chart '${chart.app}' is in wave ${chart.wave.number}; use wave DEPENDENCIES_CONFIG or later`);
    }

    this.host = props.host;
    this.secretName = `${id}-tls`;
    const backends = props.routes.map((r, i) => this.resolve(r, `route ${id}, routes[${i}]`));
    const seen = new Set<string>();
    for (const b of backends) {
      const key = `${b.pathPrefix}\u0000${b.extraMatch ?? ''}`;
      if (seen.has(key)) throw new Error(`'routes' has pathPrefix "${b.pathPrefix}"${b.extraMatch ? ` with extraMatch "${b.extraMatch}"` : ''} twice (route ${id})`);
      seen.add(key);
    }
    // Deterministic: longest prefix first, then by prefix, then by extra match (Traefik ranks by rule length anyway).
    const ordered = [...backends].sort((a, b) => b.pathPrefix.length - a.pathPrefix.length
      || cmp(a.pathPrefix, b.pathPrefix) || cmp(a.extraMatch ?? '', b.extraMatch ?? ''));

    this.certificate = new Certificate(this, 'Certificate', {
      metadata: { name: id, namespace: props.namespace },
      spec: {
        secretName: this.secretName,
        dnsNames: [props.host],
        duration: CERTIFICATE_DURATION,
        renewBefore: CERTIFICATE_RENEW_BEFORE,
        privateKey: {
          algorithm: CertificateSpecPrivateKeyAlgorithm.ECDSA,
          size: 256,
          rotationPolicy: CertificateSpecPrivateKeyRotationPolicy.ALWAYS,
        },
        issuerRef: { name: issuer, kind: 'ClusterIssuer', group: 'cert-manager.io' },
      },
    });

    this.ingressRoute = new IngressRoute(this, 'IngressRoute', {
      metadata: { name: id, namespace: props.namespace },
      spec: {
        entryPoints: [WEBSECURE_ENTRYPOINT],
        routes: ordered.map((b) => ({
          match: matchRule(props.host, b),
          services: [{ name: b.service, port: IngressRouteSpecRoutesServicesPort.fromNumber(b.port) }],
          ...(b.middlewares.length ? { middlewares: b.middlewares.map((name) => ({ name })) } : {}),
        })),
        tls: { secretName: this.secretName },
      },
    });

    // traefik → pods, one flow per Service (its pods and every target port it is reached on).
    const flows = new Map<string, { podLabels: Record<string, string>; ports: Set<number> }>();
    for (const b of backends) {
      if (!b.podLabels) continue;
      const prev = flows.get(b.service);
      if (prev && !sameLabels(prev.podLabels, b.podLabels)) {
        throw new Error(`'podLabels' of service ${b.service} differ between routes (route ${id})`);
      }
      const flow = prev ?? { podLabels: b.podLabels, ports: new Set<number>() };
      flow.ports.add(b.targetPort);
      flows.set(b.service, flow);
    }
    const services = [...flows.keys()].sort(cmp);
    for (const service of services) {
      const flow = flows.get(service)!;
      // The egress half lives in traefik's namespace: naming the route's namespace keeps names unique there.
      const base = id === props.namespace ? `traefik-${id}` : `traefik-${props.namespace}-${id}`;
      const flowId = services.length === 1 ? base : `${base}-${service}`;
      allowFlow(this, flowId, {
        from: { namespace: TRAEFIK_NAMESPACE, podLabels: { ...TRAEFIK_POD_LABELS } },
        to: { namespace: props.namespace, podLabels: flow.podLabels },
        ports: [...flow.ports].sort((a, b) => a - b).map((port) => ({ port })),
      });
    }
  }

  private resolve(r: TlsRouteBackend, where: string): ResolvedBackend {
    const pathPrefix = r.pathPrefix ?? '/';
    if (!PATH_PREFIX.test(pathPrefix)) throw new Error(`'pathPrefix' must start with / and hold URL path characters only, got "${pathPrefix}" (${where})`);
    if (!DNS_LABEL.test(r.service)) throw new Error(`'service' must be a Service name, got "${r.service}" (${where})`);
    checkPort('port', r.port, where);
    const targetPort = r.targetPort ?? r.port;
    checkPort('targetPort', targetPort, where);
    if (r.podLabels && !Object.keys(r.podLabels).length) throw new Error(`'podLabels' must hold at least one label when given, got {} (${where})`);
    const middlewares = [...(r.middlewares ?? [])];
    for (const m of middlewares) {
      if (!MIDDLEWARE.test(m)) throw new Error(`'middlewares' must be Middleware names or <namespace>-<name>@kubernetescrd, got "${m}" (${where})`);
    }
    if (new Set(middlewares).size !== middlewares.length) throw new Error(`'middlewares' lists a middleware twice: ${middlewares.join(', ')} (${where})`);
    const extraMatch = r.extraMatch?.trim();
    if (r.extraMatch !== undefined && !extraMatch) throw new Error(`'extraMatch' must not be empty when given (${where})`);
    return { pathPrefix, service: r.service, port: r.port, targetPort, podLabels: r.podLabels, middlewares, extraMatch };
  }
}

/** Traefik v3 rule of one backend: `Host(`h`) && PathPrefix(`/p`)`, then the extra match in parentheses. */
export function matchRule(host: string, b: { pathPrefix: string; extraMatch?: string }): string {
  return `Host(\`${host}\`) && PathPrefix(\`${b.pathPrefix}\`)${b.extraMatch ? ` && (${b.extraMatch})` : ''}`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sameLabels(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}
