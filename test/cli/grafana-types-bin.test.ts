// Through the real bin, on a copy of the project: content that Grafana's own types refuse (a panel type no
// panel plugin has, a transformation @grafana/data does not have) stops generation naming file, panel and
// JSON path, exit 1, nothing written; --grafana picks what is written for each supported line.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'grafana-types-'));
const generated = join(copy, 'generated');

function bin(...args: string[]) {
  return spawnSync(process.execPath, [join(copy, 'bin/generate-dashboards.mjs'), ...args], { cwd: copy, encoding: 'utf8', timeout: 120_000 });
}

/** Every file under a folder with its bytes, to show that nothing changed. */
function snapshot(folder: string): Record<string, string> {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(files.map((entry) => [join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'utf8')]));
}

beforeAll(() => {
  // What a checkout holds (tracked files and new ones git does not ignore); packages are shared.
  const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' });
  for (const file of listed.stdout.split('\0').filter((name) => name !== '' && existsSync(join(root, name)))) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(root, file), join(copy, file));
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
}, 120_000);

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe("generation judged by Grafana's own types", () => {
  it('stops on a panel type and a transformation id Grafana does not have, naming file, panel and path; writes nothing', () => {
    const panels = join(copy, 'panels/overview.ts');
    const source = readFileSync(panels, 'utf8');
    expect(source).toContain("type: 'nodeGraph'");
    expect(source).toContain("id: 'calculateField'");
    writeFileSync(panels, source.replace("type: 'nodeGraph'", "type: 'nodegraph'").replace("id: 'calculateField'", "id: 'calculatefield'"));
    const before = snapshot(generated);
    try {
      const result = bin();
      expect(result.stderr).toMatch(
        /^error: dashboards\/tta-agent-observability\.json, panel "Service map": schema: \/panels\/\d+\/type: panel type "nodegraph" is not a panel plugin Grafana 13\.2's types know$/m,
      );
      expect(result.stderr).toMatch(
        /^error: dashboards\/tta-agent-observability\.json, panel "Service map": schema: \/panels\/\d+\/transformations\/0\/id: transformation "calculatefield" is not one of @grafana\/data's transformations$/m,
      );
      expect(result.stderr).toMatch(/^error: v2\/tta-agent-observability\.json, panel "Service map": schema: \/spec\/elements\/panel-\d+\/spec\/vizConfig\/group: panel type "nodegraph"/m);
      expect(result.stderr).toMatch(/nothing was written\.\n$/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.status).toBe(1);
      expect(snapshot(generated)).toEqual(before);
    } finally {
      writeFileSync(panels, source);
    }
  }, 240_000);

  it('writes for the Grafana line asked for: 11.6 gets the classic file only, said plainly', () => {
    const out = join(copy, 'out-11.6');
    const result = bin('--grafana', '11.6', '--out', out);
    expect(result.stdout).toContain('Grafana 11.6 has no v2 dashboard API: only the classic dashboards are generated.\n');
    expect(result.status).toBe(0);
    const classic = JSON.parse(readFileSync(join(out, 'dashboards/tta-agent-observability.json'), 'utf8'));
    expect(classic.schemaVersion).toBe(41);
    expect(existsSync(join(out, 'v2'))).toBe(false);
    const beta = bin('--grafana', '12.4.11', '--out', join(copy, 'out-12.4'));
    expect(beta.status).toBe(0);
    expect(JSON.parse(readFileSync(join(copy, 'out-12.4/v2/tta-agent-observability.json'), 'utf8')).apiVersion).toBe('dashboard.grafana.app/v2beta1');
  }, 240_000);

  it('refuses a Grafana version it does not support as a usage error', () => {
    const result = bin('--check', '--grafana', '12.3');
    expect(result.stderr).toContain('--grafana: "12.3" is not a supported Grafana version; supported: 11.6, 12.2, 12.4, 13.2');
    expect(result.status).toBe(2);
  }, 240_000);
});
