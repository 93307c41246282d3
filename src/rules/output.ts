/**
 * The SLO rule file as the generator writes it: settings checked, the alert panel's id looked up in the
 * compiled dashboards, and every expression linted as a rule file under the profile's naming.
 */
import type { CompiledDashboard } from '../compile/index.ts';
import type { Problem } from '../compile/problem.ts';
import { readDashboard } from '../dashboard/read.ts';
import type { NamingProfile } from '../naming/profiles.ts';
import type { NamingContext } from '../naming/series.ts';
import type { YamlFile } from '../output/provisioning.ts';
import { ruleFileHeader, ruleFilePath, sloRuleFile } from './file.ts';
import { lintRuleDocument } from './lint.ts';
import { type SloSet, sloProblems } from './model.ts';

export interface SloRuleOutput {
  readonly path: string;
  /** Absent when there are problems. */
  readonly file?: YamlFile;
  readonly problems: readonly Problem[];
}

export function sloRuleOutput(
  set: SloSet,
  profile: NamingProfile,
  compiled: readonly CompiledDashboard[],
  naming: NamingContext,
): SloRuleOutput {
  const path = ruleFilePath(set);
  const problems = sloProblems(set, path);
  const dashboard = compiled.find((candidate) => candidate.definition.uid === set.panel.dashboardUid);
  const panel = dashboard && readDashboard(dashboard.classic, path).panels.find((candidate) => candidate.title === set.panel.panelTitle);
  if (panel?.id === undefined) {
    problems.push({ where: path, message: `the alerts link to panel "${set.panel.panelTitle}" of dashboard ${set.panel.dashboardUid}, which is not generated` });
  }
  if (problems.length > 0 || panel?.id === undefined) return { path, problems };
  const document = sloRuleFile(set, profile, { dashboardUid: set.panel.dashboardUid, panelId: panel.id });
  for (const finding of lintRuleDocument(document, path, naming)) {
    problems.push({ where: path, panel: finding.panel, message: `lint ${finding.severity} ${finding.rule}: ${finding.message}` });
  }
  return { path, file: { header: ruleFileHeader(set, profile), document }, problems };
}
