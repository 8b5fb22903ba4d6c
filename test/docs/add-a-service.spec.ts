import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT, smallOverlay } from '../support/fixtures';

/**
 * README "Add a service", followed as a new user would, in a copy of this repository: the section's code
 * blocks (the chart file, the registry line, its import), then its `npm run synth` (package.json's script,
 * run through sh as npm runs it). Checked: every environment renders, with exactly the files the section
 * lists; and a small environment (every optional component and service off, the tests' fixture) still
 * renders with the new registry entry in it, which is what broke the suites when the example had no `if`.
 * Edit the section and this test follows the new text.
 */
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

interface Block { readonly lang: string; readonly text: string; readonly intro: string }

/** The section `## <title>`: its fenced blocks, each with the paragraph line just before it. */
export function sectionBlocks(markdown: string, title: string): Block[] {
  const start = markdown.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`README has no section "## ${title}"`);
  const rest = markdown.slice(start + 1);
  const end = rest.indexOf('\n## ', 1);
  const section = end < 0 ? rest : rest.slice(0, end);
  const blocks: Block[] = [];
  const fence = /^```(\w*)\n([\s\S]*?)^```$/gm;
  for (let m = fence.exec(section); m; m = fence.exec(section)) {
    const before = section.slice(0, m.index).trimEnd().split('\n');
    blocks.push({ lang: m[1], text: m[2], intro: before[before.length - 1] });
  }
  return blocks;
}

/** A copy of the repository to follow the README in: hard links (synth and the render cache replace files, never write into them). */
function linkTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    const [a, b] = [path.join(from, e.name), path.join(to, e.name)];
    if (e.isDirectory()) linkTree(a, b);
    else if (e.isFile()) {
      try {
        fs.linkSync(a, b);
      } catch {
        fs.copyFileSync(a, b);
      }
    }
  }
}

describe('README "Add a service", followed literally', () => {
  const blocks = sectionBlocks(README, 'Add a service');
  const code = blocks.filter((b) => b.lang === 'ts');
  let work: string;
  let synth: ReturnType<typeof spawnSync>;
  let chartFile: string;

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'lumen-readme-'));
    // What synth reads (src, imports, scripts, overlays, charts), copied: edits land in the copy only. dist/
    // and the render cache linked: synth swaps folders in, and the vendor renders are found, not redone.
    for (const f of ['src', 'imports', 'scripts', 'overlays', 'cosign.pub']) fs.cpSync(path.join(ROOT, f), path.join(work, f), { recursive: true });
    for (const f of ['package.json', 'tsconfig.json', 'cdk8s.yaml']) fs.copyFileSync(path.join(ROOT, f), path.join(work, f));
    linkTree(path.join(ROOT, 'charts'), path.join(work, 'charts'));
    linkTree(path.join(ROOT, 'dist'), path.join(work, 'dist'));
    if (fs.existsSync(path.join(ROOT, 'build', '.helm-cache'))) linkTree(path.join(ROOT, 'build', '.helm-cache'), path.join(work, 'build', '.helm-cache'));
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(work, 'node_modules'), 'dir');

    // 1. "`src/charts/notifications.ts`:" and its block: the file.
    const [file, registry] = code;
    chartFile = /`(src\/charts\/[\w-]+\.ts)`/.exec(file.intro)![1];
    fs.writeFileSync(path.join(work, chartFile), file.text);
    // 2. "`src/registry.ts`, one line (and its import):": the line into REGISTRY, the import with the others.
    expect(registry.intro).toMatch(/^`src\/registry\.ts`, one line \(and its import\):$/);
    const line = registry.text.trimEnd();
    expect(line.split('\n')).toHaveLength(1);
    const build = /build: (\w+)/.exec(line)![1];
    expect(file.text).toContain(`export function ${build}(`);
    const registryPath = path.join(work, 'src', 'registry.ts');
    const before = fs.readFileSync(registryPath, 'utf8');
    const after = before
      .replace(/^(import type \{ EnvConfig \})/m, `import { ${build} } from './${path.relative('src', chartFile).replace(/\.ts$/, '')}';\n$1`)
      .replace(/\n\];\s*$/, `\n${line}\n];\n`);
    expect(after.split('\n').length).toBe(before.split('\n').length + 2);
    fs.writeFileSync(registryPath, after);

    // 3. `npm run synth`: package.json's script, through sh as npm runs it.
    const script = (JSON.parse(fs.readFileSync(path.join(work, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.synth;
    synth = spawnSync('sh', ['-c', script], { cwd: work, encoding: 'utf8' });
  }, 120_000);
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  test('the section holds the chart file, then the registry line', () => {
    expect(code).toHaveLength(2);
    expect(chartFile).toBe('src/charts/notifications.ts');
  });

  test('npm run synth renders every environment', () => {
    expect(synth.stderr).toBe('');
    expect(synth.status).toBe(0);
    const envs = fs.readdirSync(path.join(ROOT, 'overlays')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
    for (const env of envs) expect(synth.stdout).toMatch(new RegExp(`^${env}\\s+(\\d+ waves, \\d+ applications|\\d+ clusters \\()`, 'm'));
  });

  test('per environment, exactly the files the section lists', () => {
    const listing = blocks.find((b) => b.lang === '' && b.text.includes('apps/Application-'))!;
    const lines = listing.text.split('\n').map((l) => l.replace(/\s+#.*$/, '').trim()).filter(Boolean);
    const app = lines.find((l) => l.includes('/apps/'))!.replace('dist/<env>/', '');
    const folder = lines.find((l) => l.endsWith('/'))!.replace('dist/<env>/', '');
    const files = lines.filter((l) => !l.startsWith('dist/')).sort();
    const envs = fs.readdirSync(path.join(work, 'dist')).filter((d) => !d.startsWith('.'));
    expect(envs.length).toBeGreaterThanOrEqual(3);
    for (const env of envs) {
      // A preview renders its own fixed content, not the registry.
      if (fs.existsSync(path.join(work, 'dist', env, 'kustomization.yaml'))) continue;
      if (!fs.existsSync(path.join(work, 'dist', env, 'bootstrap'))) {
        // A fleet (README "Several clusters"): the service on the cluster its `runsOn` names, its Application
        // prefixed with that cluster, its flows to a dependency elsewhere (Kafka, on infra) egress only.
        expect(fs.existsSync(path.join(work, 'dist', env, 'apps', app.replace('Application-', 'Application-apps-')))).toBe(true);
        expect(fs.readdirSync(path.join(work, 'dist', env, 'apps', folder))).toContain('NetworkPolicy-allow-notifications-v1-to-lumen-kafka-egress.yaml');
        continue;
      }
      expect(fs.existsSync(path.join(work, 'dist', env, app))).toBe(true);
      expect(fs.readdirSync(path.join(work, 'dist', env, folder)).sort()).toEqual(files);
    }
  });

  test('a small environment (every optional component and service off, as the suites build them) still renders', () => {
    const small = path.join(work, 'small');
    fs.mkdirSync(path.join(small, 'overlays'), { recursive: true });
    fs.writeFileSync(path.join(small, 'overlays', 'test.yaml'), smallOverlay());
    const r = spawnSync(process.execPath, [path.join(work, 'build', 'src', 'main.js'), '--overlays', path.join(small, 'overlays'), '--out', path.join(small, 'dist')], { cwd: work, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(fs.existsSync(path.join(small, 'dist', 'test', 'apps', 'Application-notifications.yaml'))).toBe(false);
  });

  test('without its `if`, that environment refuses the service with a message naming it and the missing component', () => {
    const text = fs.readFileSync(path.join(work, chartFile), 'utf8');
    const unguarded = text.replace(/if \(config\.components\.\w+\.enabled\) (new \w+\(scope, '[\w-]+', config\);)/, '$1');
    expect(unguarded).not.toBe(text);
    fs.writeFileSync(path.join(work, chartFile), unguarded);
    const small = path.join(work, 'small-unguarded');
    fs.mkdirSync(path.join(small, 'overlays'), { recursive: true });
    fs.writeFileSync(path.join(small, 'overlays', 'test.yaml'), smallOverlay());
    const script = (JSON.parse(fs.readFileSync(path.join(work, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.synth;
    const r = spawnSync('sh', ['-c', `${script} --overlays ${small}/overlays --out ${small}/dist`], { cwd: work, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^service notifications-v1 \(application notifications\) needs what environment test does not render: components\.kafka \(dependsOn lumen-kafka\), components\.argoRollouts \(canary: Rollout, AnalysisTemplate\), .* are off in overlays\/test\.yaml\. Turn them on there, or build the application only where they are rendered \(its build function: `if \(config\.components\.kafka\.enabled\) …`/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // a message, not a stack
    fs.writeFileSync(path.join(work, chartFile), text);
  }, 60_000);
});
