import { Construct } from 'constructs';
import type { EnvConfig } from '../config/schema';
import { internalImage } from '../constructs/images';
import { LumenChart } from '../constructs/lumen-chart';
import { Microservice } from '../constructs/microservice';
import { Waves } from '../constructs/waves';
import { LUMEN_NAMESPACE } from './namespaces';

/** lumen-api: the Go API on Redis and PostgreSQL (read/write split). */
export class LumenApiChart extends LumenChart {
  readonly service: Microservice;

  constructor(scope: Construct, id: string, config: EnvConfig) {
    super(scope, id, { config, wave: Waves.APPLICATIONS, namespace: LUMEN_NAMESPACE, description: 'lumen-api (Go API)' });
    const s = config.services.lumenApi;
    this.service = new Microservice(this, 'lumen-api', {
      namespace: LUMEN_NAMESPACE,
      image: internalImage(config.registry.host, s.image.repository, s.image.tag),
      replicas: s.replicas,
      resources: s.resources,
      env: {
        OTEL_SERVICE_NAME: 'lumen-api',
        LOG_FORMAT: 'json',
        HTTP_ADDR: ':8080',
        METRICS_ADDR: ':9090',
      },
    });
  }
}

export function buildLumenApi(scope: Construct, config: EnvConfig): void {
  if (config.services.lumenApi.enabled) new LumenApiChart(scope, 'lumen-api', config);
}
