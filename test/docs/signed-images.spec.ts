/**
 * README "Signed images" and the runner image's Dockerfile against the code: the workflow inputs the table
 * documents, the tool versions the image recipe copies, the demo key the section describes.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as yaml from 'js-yaml';
import { RUNNER_IMAGE, SIGNING_TOOLS } from '../../src/charts/gitea';
import { POLICY_CONTROLLER_CHART_VERSION, POLICY_CONTROLLER_VERSION } from '../../src/charts/policy-controller';
import { ROOT } from '../support/fixtures';

const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const section = (title: string): string => {
  const start = README.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`README has no section "## ${title}"`);
  const end = README.indexOf('\n## ', start + 1);
  return README.slice(start, end < 0 ? undefined : end);
};

describe('README "Signed images"', () => {
  const text = section('Signed images');
  const workflow = yaml.load(fs.readFileSync(path.join(ROOT, '.gitea', 'workflows', 'build-sign-promote.yml'), 'utf8')) as any;
  const inputs = Object.keys((workflow.on ?? workflow.true).workflow_call.inputs);

  test('the inputs table names every input of build-sign-promote.yml, and no other', () => {
    const rows = text.split('\n').filter((l) => /^\| `[a-z-]+`/.test(l));
    const documented = rows.flatMap((l) => [...l.split('|')[1].matchAll(/`([a-z-]+)`/g)].map((m) => m[1]));
    expect([...documented].sort()).toEqual([...inputs].sort());
  });

  test('the verifier and chart versions are the pinned ones', () => {
    expect(text).toContain(`policy-controller** ${POLICY_CONTROLLER_VERSION} (chart ${POLICY_CONTROLLER_CHART_VERSION}`);
  });

  test('the runner image recipe copies the signing tools at the pinned versions, under the pinned tag', () => {
    const dockerfile = /```Dockerfile\n([^]*?)```/.exec(README)![1];
    expect(dockerfile).toContain(`COPY --from=aquasec/trivy:${SIGNING_TOOLS.trivy} /usr/local/bin/trivy /usr/local/bin/trivy`);
    expect(dockerfile).toContain(`COPY --from=gcr.io/go-containerregistry/crane:${SIGNING_TOOLS.crane} /ko-app/crane /usr/local/bin/crane`);
    expect(dockerfile).toContain(`COPY --from=ghcr.io/sigstore/cosign/cosign:${SIGNING_TOOLS.cosign} /ko-app/cosign /usr/local/bin/cosign`);
    expect(README).toContain(`(today \`${RUNNER_IMAGE.tag}\``);
    // cosign 2.x: its defaults write the classic signature policy-controller's key authority reads.
    expect(SIGNING_TOOLS.cosign).toMatch(/^v2\./);
  });

  test('the replacement procedure names the secrets the workflow reads', () => {
    for (const s of Object.keys((workflow.on ?? workflow.true).workflow_call.secrets)) expect(text).toContain(`\`${s}\``);
    expect(text).toContain('cosign generate-key-pair');
  });
});
