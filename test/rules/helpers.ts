import { spawnSync } from 'node:child_process';
import { parse } from 'yaml';
import { compileDashboard } from '../../src/compile/index.ts';
import { formatProblem } from '../../src/compile/problem.ts';
import { type NamingProfile, profiles } from '../../src/naming/profiles.ts';
import { buildNamingContext } from '../../src/naming/series.ts';
import { formatYaml } from '../../src/output/format.ts';
import { yamlText } from '../../src/output/provisioning.ts';
import type { Project } from '../../src/project.ts';
import type { RuleFileDocument } from '../../src/rules/file.ts';
import { sloRuleOutput } from '../../src/rules/output.ts';
import { findTool } from '../e2e/harness/prometheus.ts';
import { missingToolsTest } from '../missing-tools.ts';

/** The project's SLO rule file under a profile, as `generate-dashboards` writes it; throws with the problems. */
export async function ruleFileOf(project: Project, profile: NamingProfile): Promise<{ path: string; text: string; document: RuleFileDocument }> {
  if (project.slos === undefined) throw new Error(`${project.name} defines no SLOs`);
  const compiled = project.dashboards.map((dashboard) => compileDashboard(dashboard, profile));
  const output = sloRuleOutput(project.slos, profile, compiled, buildNamingContext(project.catalog, profile, profiles));
  if (output.file === undefined) throw new Error(output.problems.map(formatProblem).join('\n'));
  const text = await formatYaml(await yamlText(output.file));
  return { path: output.path, text, document: parse(text) as RuleFileDocument };
}

export const promtool = findTool('promtool');

/** Stands in for the tests that need promtool: a loud warning, and a failure under CI. */
export function promtoolMissing(what: string): void {
  missingToolsTest(what, '`promtool`');
}

/** Runs promtool with a time limit; its output, and whether it succeeded. */
export function runPromtool(args: readonly string[], cwd: string): { ok: boolean; output: string } {
  const run = spawnSync(promtool!, args, { cwd, encoding: 'utf8', timeout: 60_000 });
  if (run.error !== undefined) throw run.error;
  return { ok: run.status === 0, output: `${run.stdout}\n${run.stderr}`.trim() };
}
