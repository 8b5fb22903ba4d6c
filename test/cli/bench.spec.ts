import * as fs from 'fs';
import * as path from 'path';
import * as yaml from 'js-yaml';
import { renderScaleFiles, SCALE_OVERLAY } from '../../src/bench/scale';
import * as os from 'os';
import { copyOverlays, NODE_FLAGS } from '../../src/cli/bench';
import { loadOverlays, overlayFiles, parseOverlay } from '../../src/config/load';
import { ROOT } from '../support/fixtures';

describe('npm run bench', () => {
  test('its copy of the overlays loads as the originals do (the files they name beside their folder included)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lumen-bench-test-'));
    try {
      const copy = copyOverlays(dir);
      expect(loadOverlays(overlayFiles(copy)).map((c) => c.env)).toEqual(loadOverlays(overlayFiles(path.join(ROOT, 'overlays'))).map((c) => c.env));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('times synth with the very node flags `npm run synth` runs it with', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const flags = /\bnode ((?:--\S+ )*)build\/src\/main\.js/.exec(pkg.scripts.synth)?.[1].trim().split(' ');
    expect(flags).toEqual(NODE_FLAGS);
    // and `cdk8s synth` (cdk8s.yaml app:) runs what `npm run synth` runs
    const app = (yaml.load(fs.readFileSync(path.join(ROOT, 'cdk8s.yaml'), 'utf8')) as { app: string }).app;
    expect(app).toBe(pkg.scripts.synth);
  });
});

describe('the scale test\'s environment', () => {
  test('18 resources per generated service (the full Microservice and its Application), all YAML documents', () => {
    const config = parseOverlay(SCALE_OVERLAY, 'bench.yaml', 'bench');
    const one = renderScaleFiles(config, 1);
    const three = renderScaleFiles(config, 3);
    expect(three.size - one.size).toBe(2 * 18);
    expect([...three.keys()].filter((f) => f.startsWith('40-applications/svc-0002/'))).toHaveLength(17);
    expect(three.has('apps/Application-svc-0002.yaml')).toBe(true);
    for (const text of three.values()) expect(yaml.load(text)).toMatchObject({ apiVersion: expect.any(String), kind: expect.any(String) });
  });
});
