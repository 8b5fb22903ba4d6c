import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { bundleRenderer, moduleRenderer } from '../../src/cli/renderer';
import { ROOT, smallConfig } from '../support/fixtures';

describe('the renderer of the CLIs that render (diff, promote, images)', () => {
  test('without a built bundle: this process\'s own modules', () => {
    const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'lumen-renderer-'));
    try {
      expect(bundleRenderer(bare)).toBe(moduleRenderer);
    } finally {
      fs.rmSync(bare, { recursive: true, force: true });
    }
  });

  test('with the bundle npm test builds: the same files as the modules give, by another copy of the code', () => {
    const bundled = bundleRenderer(ROOT);
    expect(bundled).not.toBe(moduleRenderer);
    const config = smallConfig();
    expect([...bundled(config).files]).toEqual([...moduleRenderer(config).files]);
  });

});
