import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findProfile, type NamingProfile } from '../../src/naming/profiles.ts';
import { buildOutputs, GenerateError } from '../../src/output/build.ts';
import { panel, query, smallDashboard, testProject } from '../compile/fixture.ts';

const python = findProfile('otel-python') as NamingProfile;

async function problems(project = testProject()): Promise<string[]> {
  try {
    await buildOutputs(project, python);
  } catch (error) {
    if (error instanceof GenerateError) return error.message.split('\n');
    throw error;
  }
  return [];
}

describe('buildOutputs', () => {
  it('produces the classic dashboard, the v2 resource and the provisioning files', async () => {
    const outputs = await buildOutputs(testProject(), python);
    expect([...outputs.keys()]).toEqual([
      'dashboards/test-small.json',
      'v2/test-small.json',
      'provisioning/dashboards/test.yaml',
      'provisioning/datasources/test.yaml',
    ]);
    const classic = outputs.get('dashboards/test-small.json') as string;
    expect(JSON.parse(classic).uid).toBe('test-small');
    // Prettier layout with sorted keys: short objects on one line, a trailing newline.
    expect(classic).toContain('"gridPos": { "h": 4, "w": 8, "x": 0, "y": 1 },');
    expect(classic.endsWith('}\n')).toBe(true);
    const datasources = outputs.get('provisioning/datasources/test.yaml') as string;
    expect(datasources).toContain('uid: test-prometheus');
    expect(datasources).toContain('url: ${PROMETHEUS_URL}');
    expect(datasources).toContain('#   PROMETHEUS_URL (for example http://localhost:9090)');
    expect(outputs.get('provisioning/dashboards/test.yaml')).toContain('path: /var/lib/grafana/dashboards/test');
  });

  it('is byte-for-byte the same on every run', async () => {
    const first = await buildOutputs(testProject(), python);
    const second = await buildOutputs(testProject(), python);
    expect([...second]).toEqual([...first]);
  });

  it('does not depend on the time zone or the locale', async () => {
    const here = JSON.stringify([...(await buildOutputs(testProject(), python))]);
    const script = fileURLToPath(new URL('./print-outputs.ts', import.meta.url));
    const elsewhere = execFileSync(process.execPath, ['--import', 'tsx', script], {
      env: { ...process.env, TZ: 'Pacific/Chatham', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(elsewhere).toBe(here);
  });

  it('stops on lint findings in the compiled dashboards, naming file, panel and rule', async () => {
    const fixedRange = query((p) => `sum(rate(${p.metricName({ name: 'demo.requests', kind: 'counter', unit: '1' })}[5m]))`);
    const project = testProject({
      dashboards: [smallDashboard({ tabs: [{ title: 'T', panels: [panel('Fixed range', 12, 6, { targets: [{ kind: 'prometheus', expr: fixedRange }] })] }] })],
    });
    const found = await problems(project);
    expect(found[0]).toMatch(/^dashboards\/test-small\.json, panel "Fixed range": lint warning rate-interval: query A /);
  });

  it('stops on lint findings such as a panel without a unit', async () => {
    const project = testProject({
      dashboards: [smallDashboard({ tabs: [{ title: 'T', panels: [panel('No unit', 12, 6, { unit: undefined })] }] })],
    });
    expect((await problems(project)).filter((line) => line.includes('panel-unit-missing'))).toEqual([
      expect.stringMatching(/^dashboards\/test-small\.json, panel "No unit": lint warning panel-unit-missing/),
    ]);
  });

  it('checks that datasource variables default to provisioned datasources, and that uids are unique', async () => {
    const other = smallDashboard({ title: 'Other' });
    const project = testProject({
      dashboards: [smallDashboard({ variables: [{ kind: 'datasource', name: 'prometheus', label: 'P', pluginId: 'prometheus', defaultUid: 'elsewhere' }] }), other],
    });
    expect(await problems(project)).toEqual([
      'test-small: two dashboards share this uid',
      'test-small: variable `prometheus` defaults to datasource uid "elsewhere", which provisioning does not define (test-prometheus)',
    ]);
  });
});
