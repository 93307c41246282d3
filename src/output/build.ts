import type { DashboardDefinition } from '../build/model.ts';
import { type CompiledDashboard, compileDashboard } from '../compile/index.ts';
import { CompileError, type Problem } from '../compile/problem.ts';
import { readDashboard } from '../dashboard/read.ts';
import { lintDashboard } from '../lint/run.ts';
import { type NamingProfile, profiles } from '../naming/profiles.ts';
import { buildNamingContext, type NamingContext } from '../naming/series.ts';
import type { Project } from '../project.ts';
import { formatJson, formatYaml } from './format.ts';
import { dashboardProviderYaml, datasourcesYaml, outputPaths } from './provisioning.ts';
import { type OutputKind, elementReferenceProblems, gridProblems, schemaProblems } from './validate.ts';

/** Generated files by path relative to the output directory, in a fixed order. */
export type Outputs = ReadonlyMap<string, string>;

/** Generation stopped before anything was written; every problem names its file or dashboard, and panel. */
export class GenerateError extends CompileError {
  constructor(problems: readonly Problem[]) {
    super(problems);
    this.name = 'GenerateError';
  }
}

/** Schema, grid and lint problems of one compiled file, under the same naming profile it was built with. */
async function documentProblems(kind: OutputKind, file: string, document: unknown, naming: NamingContext): Promise<Problem[]> {
  const problems = await schemaProblems(kind, file, document);
  if (kind === 'v2') problems.push(...elementReferenceProblems(file, document));
  if (problems.length > 0) return problems;
  const info = readDashboard(document, file);
  problems.push(...gridProblems(info));
  for (const finding of lintDashboard(info, { naming })) {
    const query = finding.refId === undefined ? '' : ` query ${finding.refId}`;
    const hint = finding.suggestion === undefined ? '' : ` (${finding.suggestion})`;
    problems.push({
      where: file,
      panel: finding.panel,
      message: `lint ${finding.severity} ${finding.rule}:${query} ${finding.message}${hint}`,
    });
  }
  return problems;
}

/** Datasource variables select the provisioned datasources by uid; a mismatch would open on an empty picker. */
function provisioningProblems(project: Project): Problem[] {
  const provisioned = new Set(project.provisioning?.datasources.map((datasource) => datasource.uid) ?? []);
  if (project.provisioning === undefined) return [];
  return project.dashboards.flatMap((dashboard) =>
    dashboard.variables.flatMap((variable) =>
      variable.kind === 'datasource' && variable.defaultUid !== undefined && !provisioned.has(variable.defaultUid)
        ? [{ where: dashboard.uid, message: `variable \`${variable.name}\` defaults to datasource uid "${variable.defaultUid}", which provisioning does not define (${[...provisioned].join(', ') || 'none'})` }]
        : [],
    ),
  );
}

function duplicateUidProblems(dashboards: readonly DashboardDefinition[]): Problem[] {
  const uids = dashboards.map((dashboard) => dashboard.uid);
  return uids
    .filter((uid, index) => uids.indexOf(uid) !== index)
    .map((uid) => ({ where: uid, message: 'two dashboards share this uid' }));
}

function compileAll(project: Project, profile: NamingProfile): { compiled: CompiledDashboard[]; problems: Problem[] } {
  const compiled: CompiledDashboard[] = [];
  const problems: Problem[] = [...duplicateUidProblems(project.dashboards), ...provisioningProblems(project)];
  for (const definition of project.dashboards) {
    try {
      compiled.push(compileDashboard(definition, profile));
    } catch (error) {
      if (!(error instanceof CompileError)) throw error;
      problems.push(...error.problems);
    }
  }
  return { compiled, problems };
}

/**
 * Compiles, validates, lints and formats every file the project generates, without touching the disk.
 * Throws GenerateError listing every problem when any dashboard fails; `diff --base` and end-to-end tests
 * call this too.
 */
export async function buildOutputs(project: Project, profile: NamingProfile): Promise<Outputs> {
  const { compiled, problems } = compileAll(project, profile);
  const naming = buildNamingContext(project.catalog, profile, profiles);
  const documents = compiled.flatMap(({ definition, classic, v2 }) => [
    { path: outputPaths.classic(definition.uid), kind: 'classic' as const, document: classic },
    { path: outputPaths.v2(definition.uid), kind: 'v2' as const, document: v2 },
  ]);
  for (const { path, kind, document } of documents) problems.push(...(await documentProblems(kind, path, document, naming)));
  if (problems.length > 0) throw new GenerateError(problems);
  const outputs = new Map<string, string>();
  for (const { path, document } of documents) outputs.set(path, await formatJson(document));
  const provisioning = project.provisioning;
  if (provisioning !== undefined) {
    outputs.set(outputPaths.dashboardProvider(provisioning.name), await formatYaml(await dashboardProviderYaml(provisioning)));
    outputs.set(outputPaths.datasources(provisioning.name), await formatYaml(await datasourcesYaml(provisioning)));
  }
  return outputs;
}
