import * as fs from 'fs';
import * as path from 'path';
import * as yaml from 'js-yaml';
import crdIndex from '../../imports/crd-index.json';
import { ROOT } from '../support/fixtures';

const config = yaml.load(fs.readFileSync(path.join(ROOT, 'cdk8s.yaml'), 'utf8')) as { app: string; crds: Record<string, any> };
const index = crdIndex as Record<string, { kind: string; module: string }>;

describe('cdk8s.yaml', () => {
  test('the app runs the built entry (no type-checking ts-node at synth time)', () => {
    expect(config.app).toMatch(/^node scripts\/build\.mjs synth && node .*build\/src\/main\.js$/);
  });

  test.each(Object.keys(config.crds))('crds.%s: pinned upstream (repository, 40-hex commit, its URL at that commit)', (name) => {
    const c = config.crds[name];
    expect(c.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(c.url).toBe(`https://github.com/${c.repo}/tree/${c.commit}/${c.path.includes('/') ? c.path.slice(0, c.path.lastIndexOf('/')) : ''}`);
    expect(c.version).toMatch(/^v?\d+\.\d+\.\d+$/);
  });

  test.each(Object.keys(config.crds))('crds.%s: every listed kind was imported (imports/crd-index.json)', (name) => {
    for (const kind of config.crds[name].kinds) {
      expect(Object.values(index).some((e) => e.kind === kind && e.module === name)).toBe(true);
    }
  });
});
