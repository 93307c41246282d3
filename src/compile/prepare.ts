import type * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import type { DashboardDefinition } from '../builder/model.ts';
import { isValidDashboardUid } from '../dashboard/model.ts';
import type { GrafanaLine } from '../grafana-versions/versions.ts';
import type { NamingProfile } from '../naming/profiles.ts';
import { type PlacedTab, layoutTabs } from './layout.ts';
import { type PanelContext, compileClassicPanel } from './panel.ts';
import { CompileError, type Problem } from './problem.ts';
import { type ResolvedVariable, resolveDatasources, resolveVariables } from './variables.ts';

/** What both compilers share: the layout, the rendered variables and every panel's classic JSON. */
export interface PreparedDashboard {
  /** The Grafana line both outputs are written for. */
  readonly grafana: GrafanaLine;
  readonly tabs: readonly PlacedTab[];
  readonly variables: readonly ResolvedVariable[];
  /** By panel id; classic positions (below each tab's row). */
  readonly classicPanels: ReadonlyMap<number, dashboard.Panel>;
  /** The classic y of each tab's row, by tab index. */
  readonly classicRowTops: readonly number[];
}

function uidProblems(definition: DashboardDefinition): Problem[] {
  if (isValidDashboardUid(definition.uid)) return [];
  const message = `uid "${definition.uid}" must be 1 to 40 letters, digits, "-" or "_"`;
  return [{ where: definition.uid || definition.title, message }];
}

function duplicateTabProblems(definition: DashboardDefinition): Problem[] {
  const titles = definition.tabs.map((tab) => tab.title);
  return titles
    .filter((title, index) => titles.indexOf(title) !== index)
    .map((title) => ({ where: definition.uid, message: `tab "${title}" appears more than once` }));
}

/** Lays out and renders a definition; throws CompileError listing every problem found. */
export function prepareDashboard(definition: DashboardDefinition, profile: NamingProfile, grafana: GrafanaLine): PreparedDashboard {
  const problems: Problem[] = [...uidProblems(definition), ...duplicateTabProblems(definition)];
  const layout = layoutTabs(definition.uid, definition.tabs);
  problems.push(...layout.problems);
  const report = (problem: Problem) => problems.push(problem);
  const context: PanelContext = { uid: definition.uid, profile, grafana, datasources: resolveDatasources(definition, report), report };
  const variables = resolveVariables(definition, context);
  const classicPanels = new Map<number, dashboard.Panel>();
  const classicRowTops: number[] = [];
  let rowY = 0;
  layout.tabs.forEach((tab, index) => {
    classicRowTops.push(rowY);
    for (const placed of tab.panels) classicPanels.set(placed.id, compileClassicPanel(placed, rowY + 1, context));
    // Only the first row is open and pushes the next one down; collapsed rows hold their panels inside.
    rowY += 1 + (index === 0 ? tab.height : 0);
  });
  if (problems.length > 0) throw new CompileError(problems);
  return { grafana, tabs: layout.tabs, variables, classicPanels, classicRowTops };
}
