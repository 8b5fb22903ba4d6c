import { Construct } from 'constructs';
import * as yaml from 'js-yaml';
import type { EnvConfig, Resources } from '../config/schema';
import { HelmRelease } from '../constructs/helm-release';
import { ImageRef, internalImage } from '../constructs/images';
import { workloadLabels } from '../constructs/labels';
import { LumenChart } from '../constructs/lumen-chart';
import { helperResources, INIT_RESOURCES } from '../constructs/resources';
import { apiServerPeers, NetworkFlow } from '../constructs/network-flow';
import { PlatformNamespace } from '../constructs/platform-namespace';
import { MONITORING_NAMESPACE, PROMETHEUS_POD_LABELS } from '../constructs/service-monitor';
import { Waves } from '../constructs/waves';
import { LUMEN_NAMESPACE, SHOP_NAMESPACE } from './namespaces';

/** Falco 0.43.0 (the seed's), chart falco 8.0.0: falcoctl 0.12.2, container plugin 0.6.1, k8smeta 0.4.1. */
export const FALCO_VERSION = '0.43.0';
export const FALCO_CHART_VERSION = '8.0.0';
export const FALCOCTL_VERSION = '0.12.2';
export const K8S_METACOLLECTOR_VERSION = '0.1.1';
export const FALCO_NAMESPACE = 'falco';
/** Falco's webserver: /healthz, /versions and Prometheus /metrics. */
export const FALCO_METRICS_PORT = 8765;
/** k8s-metacollector: gRPC to the k8smeta plugin, metrics. */
export const METACOLLECTOR_GRPC_PORT = 45000;
export const METACOLLECTOR_METRICS_PORT = 8080;
export const FALCO_POD_LABELS: Readonly<Record<string, string>> = { 'app.kubernetes.io/name': 'falco' };
export const METACOLLECTOR_POD_LABELS: Readonly<Record<string, string>> = { 'app.kubernetes.io/name': 'k8s-metacollector' };

/**
 * Falco artifacts (OCI, not container images) falcoctl installs at start. Without internet they are pushed
 * by the connected zone into the internal registry next to the images (listed in images.txt), and falcoctl
 * installs them from there: no index, no follow, no dependency resolution.
 */
export const FALCO_ARTIFACTS = {
  containerPlugin: { repository: 'falcosecurity/plugins/plugin/container', tag: '0.6.1' },
  k8smetaPlugin: { repository: 'falcosecurity/plugins/plugin/k8smeta', tag: '0.4.1' },
  rules: { repository: 'falcosecurity/rules/falco-rules', tag: '5.0.0' },
} as const;

/** Falco priorities, most severe first; the Prometheus metric labels them by index ("0" = emergency). */
export const FALCO_PRIORITIES = ['EMERGENCY', 'ALERT', 'CRITICAL', 'ERROR', 'WARNING', 'NOTICE', 'INFORMATIONAL', 'DEBUG'] as const;
export type FalcoPriority = (typeof FALCO_PRIORITIES)[number];
/** The `priority` label value of `falcosecurity_falco_rules_matches_total` for a priority. */
export const falcoPriorityLabel = (p: FalcoPriority): string => String(FALCO_PRIORITIES.indexOf(p));

// ---------------------------------------------------------------------------------------------------------
// Rules as data: lists, macros and rules, checked, then written as a Falco rules file.

export interface FalcoList { readonly list: string; readonly items: string[] }
export interface FalcoMacro { readonly macro: string; readonly condition: string }
export interface FalcoRule {
  readonly rule: string;
  readonly desc: string;
  readonly condition: string;
  readonly output: string;
  readonly priority: FalcoPriority;
  readonly tags: string[];
}
export type FalcoRulesItem = FalcoList | FalcoMacro | FalcoRule;

const NAME = /^[a-z][a-z0-9_]*$/;

/** Checks a rules file (unique names, declared-before-use lists and macros of ours, fields) and writes it as YAML. */
export function falcoRulesYaml(items: readonly FalcoRulesItem[]): string {
  const declared = new Set<string>();
  const rules = new Set<string>();
  for (const item of items) {
    if ('list' in item || 'macro' in item) {
      const name = 'list' in item ? item.list : item.macro;
      if (!NAME.test(name)) throw new Error(`Falco list/macro names must be lower_snake_case, got "${name}"`);
      if (declared.has(name)) throw new Error(`Falco list/macro "${name}" is declared twice`);
      if ('list' in item && !item.items.length) throw new Error(`Falco list "${name}" must hold at least one item`);
      if ('macro' in item) checkReferences(item.condition, declared, `macro ${name}`);
      declared.add(name);
      continue;
    }
    if (rules.has(item.rule)) throw new Error(`Falco rule "${item.rule}" is declared twice`);
    rules.add(item.rule);
    if (!FALCO_PRIORITIES.includes(item.priority)) throw new Error(`'priority' must be one of ${FALCO_PRIORITIES.join(', ')}, got "${item.priority}" (rule ${item.rule})`);
    for (const [k, v] of [['desc', item.desc], ['condition', item.condition], ['output', item.output]] as const) {
      if (!v.trim()) throw new Error(`'${k}' must not be empty (rule ${item.rule})`);
    }
    checkReferences(item.condition, declared, `rule ${item.rule}`);
  }
  return yaml.dump(items.map((i) => ({ ...i })), { noRefs: true, lineWidth: -1 });
}

/** Our lists and macros are prefixed `lumen_`: each one a condition names must be declared above it. */
function checkReferences(condition: string, declared: Set<string>, where: string): void {
  for (const m of condition.matchAll(/\blumen_[a-z0-9_]+\b/g)) {
    if (!declared.has(m[0])) throw new Error(`${where} uses "${m[0]}", which is not declared before it`);
  }
}

/** Networks a container may talk to: the cluster and the private ranges of the air gap. Anything else is the internet. */
export const PRIVATE_NETWORKS = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];
export const INTERNAL_NETWORKS = [...PRIVATE_NETWORKS, '127.0.0.0/8', '169.254.0.0/16'];
/** Where the business services run: their containers never talk to the API server nor spawn shells. */
export const APPLICATION_NAMESPACES = [LUMEN_NAMESPACE, SHOP_NAMESPACE];

const CONTEXT = 'pod=%k8s.pod.name ns=%k8s.ns.name image=%container.image.repository:%container.image.tag container=%container.name';

/** The seed's runtime rules (§3 layer 4). */
export function lumenFalcoRules(): FalcoRulesItem[] {
  return [
    { list: 'lumen_shell_binaries', items: ['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'csh', 'tcsh', 'busybox'] },
    { list: 'lumen_application_namespaces', items: APPLICATION_NAMESPACES.map((n) => `"${n}"`) },
    { list: 'lumen_internal_networks', items: INTERNAL_NETWORKS.map((n) => `"${n}"`) },
    { macro: 'lumen_container', condition: 'container.id != host' },
    { macro: 'lumen_spawned_process', condition: 'evt.type in (execve, execveat) and evt.dir=<' },
    { macro: 'lumen_open_write', condition: "evt.type in (open, openat, openat2) and evt.is_open_write=true and fd.typechar='f' and fd.num>=0" },
    { macro: 'lumen_outbound', condition: 'evt.type=connect and evt.dir=< and (fd.typechar=4 or fd.typechar=6) and (evt.rawres >= 0 or evt.res = EINPROGRESS)' },
    // Resolved by Falco through the cluster DNS, so it tracks the Service's ClusterIP.
    { macro: 'lumen_k8s_api_server', condition: 'fd.sip.name="kubernetes.default.svc.cluster.local"' },
    {
      rule: 'Lumen Contact K8S API Server From Application Container',
      desc: 'An application container (they run without a ServiceAccount token) connected to the Kubernetes API server',
      condition: 'lumen_outbound and lumen_container and lumen_k8s_api_server and k8s.ns.name in (lumen_application_namespaces)',
      output: `Unexpected connection to the K8s API server from an application container (connection=%fd.name cmd=%proc.cmdline user=%user.name ${CONTEXT})`,
      priority: 'WARNING',
      tags: ['lumen', 'container', 'network', 'k8s_api_server', 'mitre_discovery', 'T1613'],
    },
    {
      rule: 'Lumen Shell Spawned In Container',
      desc: 'A shell started in a container: interactively anywhere (kubectl exec -it), or at all in an application container',
      condition: 'lumen_spawned_process and lumen_container and proc.name in (lumen_shell_binaries) and (proc.tty != 0 or k8s.ns.name in (lumen_application_namespaces))',
      output: `Shell spawned in a container (shell=%proc.name parent=%proc.pname cmd=%proc.cmdline tty=%proc.tty user=%user.name ${CONTEXT})`,
      priority: 'WARNING',
      tags: ['lumen', 'container', 'shell', 'process', 'mitre_execution', 'T1059'],
    },
    {
      rule: 'Lumen Write Below Etc In Container',
      desc: 'A process in a container opened a file under /etc for writing',
      condition: 'lumen_open_write and lumen_container and fd.name startswith /etc/',
      output: `File under /etc opened for writing in a container (file=%fd.name cmd=%proc.cmdline user=%user.name ${CONTEXT})`,
      priority: 'ERROR',
      tags: ['lumen', 'container', 'filesystem', 'mitre_persistence', 'T1543'],
    },
    {
      rule: 'Lumen Unexpected Outbound Connection',
      desc: 'A container connected to an address outside the cluster and the private networks: the air gap is breached or probed',
      condition: 'lumen_outbound and lumen_container and fd.sip != "0.0.0.0" and not fd.snet in (lumen_internal_networks)',
      output: `Outbound connection outside the air gap (connection=%fd.name ip=%fd.sip port=%fd.sport cmd=%proc.cmdline user=%user.name ${CONTEXT})`,
      priority: 'CRITICAL',
      tags: ['lumen', 'container', 'network', 'mitre_exfiltration', 'mitre_command_and_control', 'TA0011'],
    },
  ];
}

type Image = { readonly registry: string; readonly repository: string; readonly tag: string };

/** The values of the falco chart that we set. */
export interface FalcoValues {
  readonly image: Image;
  readonly driver: {
    readonly kind: 'modern_ebpf';
    readonly modernEbpf: { readonly leastPrivileged: boolean };
    readonly loader: { readonly enabled: boolean; readonly initContainer: { readonly image: Image } };
  };
  readonly collectors: {
    readonly containerEngine: { readonly enabled: boolean; readonly pluginRef: string };
    readonly kubernetes: { readonly enabled: boolean; readonly pluginRef: string };
  };
  readonly falcoctl: {
    readonly image: Image;
    readonly artifact: {
      readonly install: { readonly enabled: boolean; readonly args: string[]; readonly resources: Resources };
      readonly follow: { readonly enabled: boolean };
    };
    readonly config: {
      readonly indexes: never[];
      readonly artifact: {
        readonly allowedTypes: string[];
        readonly install: { readonly resolveDeps: boolean; readonly refs: string[] };
        readonly follow: { readonly refs: never[] };
      };
    };
  };
  readonly 'k8s-metacollector': { readonly image: Image; readonly serviceMonitor: { readonly create: boolean }; readonly podLabels: Record<string, string>; readonly resources: Resources };
  readonly metrics: { readonly enabled: boolean; readonly interval: string; readonly outputRule: boolean; readonly rulesCountersEnabled: boolean };
  readonly serviceMonitor: { readonly create: boolean };
  readonly falco: {
    readonly json_output: boolean; readonly json_include_output_property: boolean; readonly json_include_tags_property: boolean; readonly priority: string;
    readonly rule_matching: 'first' | 'all';
    /** Off (the chart's default), but its default program posts to Slack: nothing in dist/ may name the internet. */
    readonly program_output: { readonly enabled: false; readonly program: string };
  };
  readonly customRules: Record<string, string>;
  readonly podLabels: Record<string, string>;
  readonly resources: Resources;
}

/** The file name of our rules in /etc/falco/rules.d (loaded after the default ruleset). */
export const LUMEN_RULES_FILE = 'lumen-rules.yaml';

export function falcoValues(config: EnvConfig): { values: FalcoValues; images: ImageRef[] } {
  const c = config.components.falco;
  const host = config.registry.host;
  const falco = internalImage(host, 'falcosecurity/falco', FALCO_VERSION);
  const loader = internalImage(host, 'falcosecurity/falco-driver-loader', FALCO_VERSION);
  const falcoctl = internalImage(host, 'falcosecurity/falcoctl', FALCOCTL_VERSION);
  const metacollector = internalImage(host, 'falcosecurity/k8s-metacollector', K8S_METACOLLECTOR_VERSION);
  const artifacts = Object.fromEntries(Object.entries(FALCO_ARTIFACTS).map(([k, a]) => [k, internalImage(host, a.repository, a.tag)])) as Record<keyof typeof FALCO_ARTIFACTS, ImageRef>;
  const image = (i: ImageRef): Image => ({ registry: i.registry, repository: i.repository, tag: i.tag });
  return {
    // The driver loader is not run (modern_ebpf is built into Falco), so it is not listed.
    images: [falco, falcoctl, metacollector, ...Object.values(artifacts)],
    values: {
      image: image(falco),
      driver: {
        kind: 'modern_ebpf',
        // Capabilities (BPF, PERFMON, SYS_RESOURCE, SYS_PTRACE) instead of a privileged container.
        modernEbpf: { leastPrivileged: true },
        loader: { enabled: false, initContainer: { image: image(loader) } },
      },
      collectors: {
        containerEngine: { enabled: true, pluginRef: artifacts.containerPlugin.ref },
        kubernetes: { enabled: true, pluginRef: artifacts.k8smetaPlugin.ref },
      },
      falcoctl: {
        image: image(falcoctl),
        artifact: {
          install: { enabled: true, args: ['--log-format=json', ...(config.registry.insecure ? ['--plain-http'] : [])], resources: INIT_RESOURCES },
          // Following artifacts means polling the internet for new rules: never in the air gap.
          follow: { enabled: false },
        },
        config: {
          // No index (the public one is on the internet): artifacts by full reference only.
          indexes: [],
          artifact: {
            allowedTypes: ['plugin', 'rulesfile'],
            // The chart appends both plugin references; the default ruleset comes from the internal registry too.
            install: { resolveDeps: false, refs: [artifacts.rules.ref] },
            follow: { refs: [] },
          },
        },
      },
      'k8s-metacollector': {
        image: image(metacollector),
        serviceMonitor: { create: true },
        podLabels: workloadLabels('k8s-metacollector', 'security'),
        resources: helperResources('50m', '64Mi', '256Mi'),
      },
      metrics: { enabled: true, interval: '1m', outputRule: false, rulesCountersEnabled: true },
      serviceMonitor: { create: true },
      // JSON events on stdout: Alloy ships them to Loki like any pod log.
      // rule_matching `all`: with the default `first` an event stops at the first rule that matches, and the
      // upstream "Terminal shell in container" and "Contact K8S API Server From Container" (loaded first)
      // would shadow the Lumen rules that refine them (chart 8.0.0 values.yaml, falco.rule_matching).
      falco: { json_output: true, json_include_output_property: true, json_include_tags_property: true, priority: 'notice', rule_matching: 'all', program_output: { enabled: false, program: 'cat' } },
      customRules: { [LUMEN_RULES_FILE]: falcoRulesYaml(lumenFalcoRules()) },
      podLabels: workloadLabels('falco', 'security'),
      resources: c.resources,
    },
  };
}

/** Falco (wave runtime-security): syscall detection with modern eBPF, enriched by the container and k8smeta plugins. */
export class FalcoChart extends LumenChart {

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.RUNTIME_SECURITY, namespace: FALCO_NAMESPACE, description: `Falco ${FALCO_VERSION} (modern eBPF) and the lumen runtime rules` });
    new PlatformNamespace(this, FALCO_NAMESPACE, {
      podSecurity: 'privileged',
      podSecurityReason: 'Falco loads eBPF programs and reads host paths (/proc, /sys/kernel, the container runtime socket): a node agent',
    });
    const { values } = falcoValues(config);
    new HelmRelease(this, 'Release', {
      chart: 'falco', version: FALCO_CHART_VERSION, values, releaseName: 'falco',
    });
    const api = config.cluster.apiServer;
    // k8s-metacollector watches the API; Falco pods pull metadata from it over gRPC.
    new NetworkFlow(this, 'allow-egress-apiserver', {
      namespace: FALCO_NAMESPACE, podLabels: { ...METACOLLECTOR_POD_LABELS }, direction: 'egress', peers: apiServerPeers(api.cidrs), ports: [{ port: api.port }, { port: 443 }],
    });
    new NetworkFlow(this, 'allow-egress-falco-metacollector', {
      namespace: FALCO_NAMESPACE, podLabels: { ...FALCO_POD_LABELS }, direction: 'egress',
      peers: [{ namespace: FALCO_NAMESPACE, podLabels: { ...METACOLLECTOR_POD_LABELS } }], ports: [{ port: METACOLLECTOR_GRPC_PORT }],
    });
    new NetworkFlow(this, 'allow-ingress-metacollector-from-falco', {
      namespace: FALCO_NAMESPACE, podLabels: { ...METACOLLECTOR_POD_LABELS }, direction: 'ingress',
      peers: [{ namespace: FALCO_NAMESPACE, podLabels: { ...FALCO_POD_LABELS } }], ports: [{ port: METACOLLECTOR_GRPC_PORT }],
    });
    // falcoctl pulls the plugins and rules from the internal registry at start: its address when it is one,
    // else the private networks (never the internet), on the registry's port only.
    const [registryHost, registryPort] = config.registry.host.split('/')[0].split(':');
    const registryCidrs = /^[0-9.]+$/.test(registryHost) ? [`${registryHost}/32`] : PRIVATE_NETWORKS;
    new NetworkFlow(this, 'allow-egress-registry', {
      namespace: FALCO_NAMESPACE, podLabels: { ...FALCO_POD_LABELS }, direction: 'egress',
      peers: registryCidrs.map((cidr) => ({ cidrs: [cidr] })), ports: [{ port: Number(registryPort ?? (config.registry.insecure ? 80 : 443)) }],
    });
    new NetworkFlow(this, 'allow-ingress-prometheus', {
      namespace: FALCO_NAMESPACE, direction: 'ingress', peers: [{ namespace: MONITORING_NAMESPACE, podLabels: { ...PROMETHEUS_POD_LABELS } }],
      ports: [{ port: FALCO_METRICS_PORT }, { port: METACOLLECTOR_METRICS_PORT }],
    });
  }
}

export function buildFalco(scope: Construct, config: EnvConfig): void {
  if (config.components.falco.enabled) new FalcoChart(scope, 'falco', config);
}
