import * as fs from 'fs';
import * as path from 'path';
import { readTree } from '../../src/synth/writer';
import { renderEnvironments, replyForError } from '../../src/synth/parallel';
import { GateError } from '../../src/synth/synthesize';
import { CliError } from '../../src/cli/cli-util';
import { overlay, ROOT, smallConfig } from '../support/fixtures';

/** The CLI's entry file, built by `npm test` before jest (scripts/build.mjs). */
const ENTRY = path.join(ROOT, 'build', 'src', 'main.js');

describe('renderEnvironments: the second half of the environments in a worker thread', () => {
  test('outputs come back in the overlays\' order, the worker\'s identical to the committed dist/', () => {
    const outputs = renderEnvironments([overlay('dev'), overlay('prod')], ENTRY);
    expect(outputs.map((o) => o.config.env)).toEqual(['dev', 'prod']);
    // prod was rendered by the worker (dist/ = the in-process render: the whole-environment test).
    // (Maps from another thread are compared as objects: jest's Map belongs to the test's own realm.)
    expect(Object.fromEntries(outputs[1].files)).toEqual(Object.fromEntries(readTree(path.join(ROOT, 'dist', 'prod'))));
    expect(outputs[1].resources).toBeGreaterThan(400);
  });

  test('a bug in the worker\'s environment fails the synth with the worker\'s stack', () => {
    const prod = overlay('prod');
    // Past the overlay schema (which refuses public registries): the constructs refuse it too.
    const broken = { ...prod, registry: { ...prod.registry, host: 'docker.io' } };
    expect(() => renderEnvironments([smallConfig('dev'), broken], ENTRY))
      .toThrow(/^synth: the render worker failed:\nError: 'registry' must be the internal registry, got public "docker.io"\n\s+at /);
  });

  test('a worker\'s violations and messages for a person come back as the errors a serial run raises', () => {
    const stand = path.join(ROOT, 'test', 'fixtures', 'render-worker', 'answer.js');
    const dev = smallConfig('dev');
    const as = (env: string) => ({ ...dev, env });
    let error: unknown;
    try {
      renderEnvironments([dev, as('gate')], stand);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).violations).toEqual([expect.objectContaining({ file: 'gate/a.yaml', rule: 'air-gap-image' })]);
    expect((error as Error).message).toMatch(/^synth: 1 violation\(s\); dist\/ left as it was\n/);
    expect(() => renderEnvironments([dev, as('person')], stand)).toThrow(expect.objectContaining({ name: 'ConfigError', message: expect.stringMatching(/^overlays\/prod\.yaml: cluster\.name/) }));
  });

  test('errors cross the thread as what they were: violations, a message for a person, a bug with its stack', () => {
    const gate = new GateError([{ file: 'prod/x.yaml', resource: 'Pod/a/b', rule: 'r', detail: 'd' }]);
    expect(replyForError(gate)).toEqual({ gate: gate.violations });
    expect(replyForError(new CliError('bad'))).toEqual({ person: { name: 'CliError', message: 'bad' } });
    expect(replyForError(new TypeError('boom'))).toEqual({ bug: expect.stringMatching(/^TypeError: boom\n\s+at /) });
  });

  test('a missing entry file is a clear error, before any thread starts', () => {
    expect(() => renderEnvironments([overlay('dev'), overlay('prod')], path.join(ROOT, 'build', 'nope.js'))).toThrow(/no worker entry file .*nope\.js/);
    expect(fs.existsSync(ENTRY)).toBe(true);
  });
});
