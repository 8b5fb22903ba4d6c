import { Construct } from 'constructs';
import type { EnvConfig } from '../config/schema';
import { LumenChart } from '../constructs/lumen-chart';
import { PlatformNamespace } from '../constructs/platform-namespace';
import { Waves } from '../constructs/waves';
import { OBJECT_STORE_NAMESPACE } from '../platform/object-store';

/** The application namespaces: lumen (lumen-api, its Redis) and shop (catalog, order). */
export const LUMEN_NAMESPACE = 'lumen';
export const SHOP_NAMESPACE = 'shop';

/**
 * Namespaces shared by several applications of different waves (data in wave 25, services in 40), created
 * first so every application finds its namespace, with Pod Security and default deny from the start.
 * A component with a namespace of its own creates it in its own chart.
 */
export class NamespacesChart extends LumenChart {
  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.FOUNDATION, description: 'Application namespaces: Pod Security + default deny' });
    new PlatformNamespace(this, LUMEN_NAMESPACE);
    new PlatformNamespace(this, SHOP_NAMESPACE);
    // The object store: every data service's chart (waves 25-35) opens its flow to it there.
    if (config.components.objectStore.enabled) new PlatformNamespace(this, OBJECT_STORE_NAMESPACE);
  }
}

export function buildNamespaces(scope: Construct, config: EnvConfig): void {
  new NamespacesChart(scope, 'namespaces', config);
}
