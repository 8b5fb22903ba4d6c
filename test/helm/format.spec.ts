/**
 * Committed renders are reused by their key (src/helm/render.ts): a change to what turns helm's output into
 * dist/'s files (post-processing, the YAML writer) must change the key, or dist/ would keep the old output
 * for renders whose inputs did not change. This test fails until RENDER_FORMAT is bumped with such a change.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { RENDER_FORMAT } from '../../src/helm/render';
import { ROOT } from '../support/fixtures';

/** The files whose code decides a render's output, by their sha256 when RENDER_FORMAT was last set. */
const RENDER_CODE: Record<string, string> = {
  'src/helm/postprocess.ts': '0e61674e0001cd08fb6c91ba0a9883d75f740a0feb9a5b17431797b2aa05d732',
  'src/synth/yaml.ts': '0c9a520fa093e523066e21ea3df3866985d116a23472693abfb90816a526e169',
};

test('RENDER_FORMAT was bumped with the last change to the code that writes a render (then update these sums)', () => {
  const now = Object.fromEntries(Object.keys(RENDER_CODE).map((f) => [f, crypto.createHash('sha256').update(fs.readFileSync(path.join(ROOT, f))).digest('hex')]));
  expect({ format: RENDER_FORMAT, code: now }).toEqual({ format: 1, code: RENDER_CODE });
});
