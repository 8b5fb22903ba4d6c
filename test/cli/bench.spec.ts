import * as fs from 'fs';
import * as path from 'path';
import { NODE_FLAGS } from '../../src/cli/bench';
import { ROOT } from '../support/fixtures';

describe('npm run bench', () => {
  test('times synth with the very node flags `npm run synth` runs it with', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const flags = /\bnode ((?:--\S+ )*)build\/src\/main\.js/.exec(pkg.scripts.synth)?.[1].trim().split(' ');
    expect(flags).toEqual(NODE_FLAGS);
  });
});
