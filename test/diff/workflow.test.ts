import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cli, temporaryFolder } from './helpers.ts';

interface Step {
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, unknown>;
}

const workflow = parse(readFileSync(new URL('../../.github/workflows/dashboards.yml', import.meta.url), 'utf8')) as {
  on: Record<string, unknown>;
  jobs: Record<string, { 'runs-on': string; steps: Step[] }>;
};
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

/** Every `npx generate-dashboards ...` invocation in the workflow, split into words. */
const invocations = steps
  .flatMap((step) => (step.run ?? '').split('\n'))
  .map((line) => line.trim())
  .filter((line) => line.startsWith('npx generate-dashboards'))
  .map((line) => line.split(/\s+/).slice(2));

describe('.github/workflows/dashboards.yml', () => {
  it('runs on pull requests with the full history, Node 20 and npm ci', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(steps.find((step) => step.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({ 'fetch-depth': 0 });
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with).toMatchObject({ 'node-version': 20 });
    expect(steps.some((step) => step.run === 'npm ci')).toBe(true);
    expect(steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'))?.with).toMatchObject({ path: 'preview/' });
  });

  it('checks, lints, diffs into the job summary and draws the previews, with the demo\'s data too', () => {
    expect(invocations.map((words) => words.join(' '))).toEqual([
      '--check',
      'lint generated/ --format github',
      'diff --base "origin/${{ github.base_ref }}" --format markdown >> "$GITHUB_STEP_SUMMARY"',
      'preview --out preview',
      'diff --base "origin/${{ github.base_ref }}" --svg preview/diff.svg > /dev/null',
      'demo --port 9464 > "$RUNNER_TEMP/demo.log" 2>&1 &',
      'preview --data http://127.0.0.1:9091 --from 60s --scrape-interval 1s --out preview/data',
      'diff --base "origin/${{ github.base_ref }}" --svg preview/diff-data.svg --data http://127.0.0.1:9091 --from 60s --scrape-interval 1s > /dev/null',
    ]);
  });

  it('uses only commands and options our CLI has', async () => {
    const folder = temporaryFolder('workflow-');
    try {
      for (const words of invocations) {
        const command = words[0].startsWith('-') ? [] : [words[0]];
        const help = await cli(folder.path, ...command, '--help');
        expect(help.code, `${words.join(' ')}: --help`).toBe(0);
        for (const option of words.filter((word) => word.startsWith('--'))) expect(help.stdout, `${words.join(' ')}`).toContain(option);
      }
    } finally {
      folder.remove();
    }
  });
});
