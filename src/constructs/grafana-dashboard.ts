import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-30';

/**
 * Grafana dashboards as code: a small typed builder for the dashboard JSON model, shipped in ConfigMaps that
 * Grafana's dashboard sidecar (kube-prometheus-stack, src/charts/monitoring.ts) loads.
 */

/** The sidecar loads ConfigMaps carrying this label (value "1") as dashboards. */
export const DASHBOARD_LABEL = 'grafana_dashboard';
/** The sidecar loads ConfigMaps carrying this label (value "1") as datasource provisioning files. */
export const DATASOURCE_LABEL = 'grafana_datasource';
/** The sidecar puts a dashboard in the Grafana folder this annotation names. */
export const DASHBOARD_FOLDER_ANNOTATION = 'grafana_folder';
/** Labels of the Grafana pods (the grafana chart's selector labels), for the flows to Loki, Tempo, Prometheus. */
export const GRAFANA_POD_LABELS: Readonly<Record<string, string>> = { 'app.kubernetes.io/name': 'grafana' };
/** The JSON model version our dashboards are written for (Grafana migrates older models on load). */
export const DASHBOARD_SCHEMA_VERSION = 39;

export type DatasourceType = 'prometheus' | 'loki' | 'tempo';
export interface DatasourceRef { readonly type: DatasourceType; readonly uid: string }

/** Stable datasource uids: the provisioning file (monitoring chart) and every panel use these. */
export const DATASOURCES = {
  prometheus: { type: 'prometheus', uid: 'prometheus' },
  loki: { type: 'loki', uid: 'loki' },
  tempo: { type: 'tempo', uid: 'tempo' },
} as const satisfies Record<DatasourceType, DatasourceRef>;

export type Unit = 'reqps' | 'percentunit' | 's' | 'ms' | 'bytes' | 'short' | 'none' | 'cps' | 'dtdurations';

/** One PromQL query of a panel. */
export interface PromQuery {
  readonly expr: string;
  /**
   * Series legend, e.g. '{{pod}}'.
   * @default - Grafana's (the series' labels)
   */
  readonly legend?: string;
}

interface PanelBase {
  readonly title: string;
  /**
   * Shown in the panel's info tooltip.
   * @default - none
   */
  readonly description?: string;
  /**
   * Width in grid columns (the grid is 24 wide).
   * @default 12 (stat: 6, logs: 24)
   */
  readonly width?: number;
  /**
   * Height in grid rows.
   * @default 8 (stat: 4, logs: 10)
   */
  readonly height?: number;
}

export interface TimeseriesPanel extends PanelBase {
  readonly kind: 'timeseries';
  readonly queries: PromQuery[];
  /** @default 'short' */
  readonly unit?: Unit;
  /**
   * Draws a red threshold line at this value.
   * @default - none
   */
  readonly threshold?: number;
}

export interface StatPanel extends PanelBase {
  readonly kind: 'stat';
  readonly query: PromQuery;
  /** @default 'short' */
  readonly unit?: Unit;
  /**
   * Turns red from this value.
   * @default - none (always green)
   */
  readonly threshold?: number;
}

export interface LogsPanel extends PanelBase {
  readonly kind: 'logs';
  /** LogQL stream selector and pipeline. */
  readonly query: string;
}

export interface RowPanel {
  readonly kind: 'row';
  readonly title: string;
}

export type PanelSpec = TimeseriesPanel | StatPanel | LogsPanel | RowPanel;

/** Builders, so call sites read like a dashboard. */
export const timeseries = (p: Omit<TimeseriesPanel, 'kind'>): TimeseriesPanel => ({ kind: 'timeseries', ...p });
export const stat = (p: Omit<StatPanel, 'kind'>): StatPanel => ({ kind: 'stat', ...p });
export const logs = (p: Omit<LogsPanel, 'kind'>): LogsPanel => ({ kind: 'logs', ...p });
export const row = (title: string): RowPanel => ({ kind: 'row', title });

export interface GridPos { readonly x: number; readonly y: number; readonly w: number; readonly h: number }

/** The subset of Grafana's dashboard JSON model we emit. */
export interface DashboardModel {
  readonly uid: string;
  readonly title: string;
  readonly tags: string[];
  readonly timezone: 'browser';
  readonly editable: boolean;
  readonly graphTooltip: number;
  readonly schemaVersion: number;
  readonly version: number;
  readonly refresh: string;
  readonly time: { readonly from: string; readonly to: string };
  readonly templating: { readonly list: unknown[] };
  readonly annotations: { readonly list: unknown[] };
  readonly panels: Record<string, any>[];
}

export interface DashboardProps {
  /** Namespace of the ConfigMap (Grafana's: the sidecar watches its own namespace). */
  readonly namespace: string;
  /** Grafana uid: stable URL /d/<uid>; letters, digits, - and _, at most 40. */
  readonly uid: string;
  readonly title: string;
  readonly panels: PanelSpec[];
  /** @default [] */
  readonly tags?: string[];
  /**
   * Grafana folder.
   * @default 'Lumen'
   */
  readonly folder?: string;
  /**
   * Auto-refresh period.
   * @default '30s'
   */
  readonly refresh?: string;
  /**
   * Start of the default time range.
   * @default 'now-6h'
   */
  readonly from?: string;
}

const GRID_WIDTH = 24;
const UID = /^[A-Za-z0-9_-]{1,40}$/;
const REFRESH = /^[0-9]+(s|m|h)$/;

/** The dashboard JSON model of `props` (pure: what the ConfigMap holds). */
export function dashboardModel(props: Omit<DashboardProps, 'namespace' | 'folder'>): DashboardModel {
  if (!UID.test(props.uid)) throw new Error(`'uid' must be 1..40 letters, digits, - or _, got "${props.uid}"`);
  if (!props.title.trim()) throw new Error(`'title' must not be empty (dashboard ${props.uid})`);
  if (!props.panels.length) throw new Error(`'panels' must hold at least one panel (dashboard ${props.uid}), got none`);
  const refresh = props.refresh ?? '30s';
  if (!REFRESH.test(refresh)) throw new Error(`'refresh' must be a period such as 30s, got "${refresh}" (dashboard ${props.uid})`);

  const panels: Record<string, any>[] = [];
  let x = 0;
  let y = 0;
  let lineHeight = 0;
  props.panels.forEach((spec, i) => {
    const id = i + 1;
    const where = `dashboard ${props.uid}, panel "${spec.title}"`;
    if (!spec.title.trim()) throw new Error(`'title' of panel ${id} must not be empty (dashboard ${props.uid})`);
    if (spec.kind === 'row') {
      if (x > 0) { y += lineHeight; x = 0; lineHeight = 0; }
      panels.push({ id, type: 'row', title: spec.title, collapsed: false, gridPos: { x: 0, y, w: GRID_WIDTH, h: 1 }, panels: [] });
      y += 1;
      return;
    }
    const w = spec.width ?? (spec.kind === 'stat' ? 6 : spec.kind === 'logs' ? GRID_WIDTH : 12);
    const h = spec.height ?? (spec.kind === 'stat' ? 4 : spec.kind === 'logs' ? 10 : 8);
    if (!Number.isInteger(w) || w < 1 || w > GRID_WIDTH) throw new Error(`'width' must be 1..${GRID_WIDTH}, got ${w} (${where})`);
    if (!Number.isInteger(h) || h < 1) throw new Error(`'height' must be >= 1, got ${h} (${where})`);
    if (x + w > GRID_WIDTH) { y += lineHeight; x = 0; lineHeight = 0; }
    const gridPos: GridPos = { x, y, w, h };
    x += w;
    lineHeight = Math.max(lineHeight, h);
    panels.push(panelJson(id, spec, gridPos, where));
  });

  return {
    uid: props.uid,
    title: props.title,
    tags: [...(props.tags ?? [])],
    timezone: 'browser',
    editable: false,
    // Shared crosshair across panels.
    graphTooltip: 1,
    schemaVersion: DASHBOARD_SCHEMA_VERSION,
    version: 1,
    refresh,
    time: { from: props.from ?? 'now-6h', to: 'now' },
    templating: { list: [] },
    annotations: { list: [] },
    panels,
  };
}

function panelJson(id: number, spec: TimeseriesPanel | StatPanel | LogsPanel, gridPos: GridPos, where: string): Record<string, any> {
  const base = { id, title: spec.title, ...(spec.description ? { description: spec.description } : {}), gridPos };
  if (spec.kind === 'logs') {
    if (!spec.query.trim().startsWith('{')) throw new Error(`'query' must be LogQL starting with a stream selector {...}, got "${spec.query}" (${where})`);
    const datasource = { ...DATASOURCES.loki };
    return {
      ...base,
      type: 'logs',
      datasource,
      targets: [{ refId: 'A', datasource, expr: spec.query, queryType: 'range' }],
      options: { showTime: true, wrapLogMessage: true, enableLogDetails: true, prettifyLogMessage: false, dedupStrategy: 'none', sortOrder: 'Descending' },
    };
  }
  const queries = spec.kind === 'stat' ? [spec.query] : spec.queries;
  if (!queries.length) throw new Error(`'queries' must hold at least one query (${where}), got none`);
  const datasource = { ...DATASOURCES.prometheus };
  const targets = queries.map((q, i) => {
    if (!q.expr.trim()) throw new Error(`'expr' must not be empty (${where})`);
    return { refId: String.fromCharCode(65 + i), datasource, expr: q.expr, ...(q.legend ? { legendFormat: q.legend } : {}), range: true };
  });
  const thresholds = {
    mode: 'absolute',
    steps: [{ color: 'green', value: null }, ...(spec.threshold !== undefined ? [{ color: 'red', value: spec.threshold }] : [])],
  };
  if (spec.kind === 'stat') {
    return {
      ...base,
      type: 'stat',
      datasource,
      targets,
      fieldConfig: { defaults: { unit: spec.unit ?? 'short', thresholds, color: { mode: 'thresholds' } }, overrides: [] },
      options: { reduceOptions: { calcs: ['lastNotNull'], fields: '', values: false }, colorMode: 'value', graphMode: 'area', textMode: 'auto', justifyMode: 'auto', orientation: 'auto' },
    };
  }
  return {
    ...base,
    type: 'timeseries',
    datasource,
    targets,
    fieldConfig: {
      defaults: {
        unit: spec.unit ?? 'short',
        thresholds,
        color: { mode: 'palette-classic' },
        custom: {
          drawStyle: 'line', lineWidth: 1, fillOpacity: 10, showPoints: 'never', spanNulls: false,
          thresholdsStyle: { mode: spec.threshold !== undefined ? 'line' : 'off' },
        },
      },
      overrides: [],
    },
    options: { legend: { displayMode: 'list', placement: 'bottom', showLegend: true }, tooltip: { mode: 'multi', sort: 'desc' } },
  };
}

/**
 * A Grafana dashboard in a ConfigMap `dashboard-<uid>` labelled for the sidecar, in the folder the
 * annotation names.
 */
export class Dashboard extends Construct {
  readonly model: DashboardModel;
  readonly configMap: k8s.KubeConfigMap;
  readonly folder: string;

  constructor(scope: Construct, id: string, props: DashboardProps) {
    super(scope, id);
    this.model = dashboardModel(props);
    this.folder = props.folder ?? 'Lumen';
    if (!this.folder.trim()) throw new Error(`'folder' must not be empty (dashboard ${props.uid})`);
    this.configMap = new k8s.KubeConfigMap(this, 'Resource', {
      metadata: {
        name: `dashboard-${props.uid.toLowerCase().replace(/_/g, '-')}`,
        namespace: props.namespace,
        labels: { [DASHBOARD_LABEL]: '1' },
        annotations: { [DASHBOARD_FOLDER_ANNOTATION]: this.folder },
      },
      data: { [`${props.uid}.json`]: `${JSON.stringify(this.model, null, 2)}\n` },
    });
  }
}
