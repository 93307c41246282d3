import { createHash } from 'node:crypto';
import type { DashboardDefinition } from '../builder/model.ts';
import { type CompiledDashboard, compileDashboard } from '../compile/index.ts';
import { CompileError, type Problem } from '../compile/problem.ts';
import { readDashboard } from '../dashboard/read.ts';
import { type GrafanaLine, newestGrafanaLine } from '../grafana-versions/versions.ts';
import { lintDashboard } from '../lint/run.ts';
import { type NamingProfile, profiles } from '../naming/profiles.ts';
import { buildNamingContext, type NamingContext } from '../naming/series.ts';
import type { Project } from '../project.ts';
import { pythonModule } from '../sdk/python.ts';
import { sloRuleOutput } from '../rules/output.ts';
import { formatJson, formatterFingerprint, formatYaml, sortKeys } from './format.ts';
import { dashboardProviderFile, datasourcesFile, outputPaths, yamlText } from './provisioning.ts';
import { type OutputKind, elementReferenceProblems, gridProblems, schemaProblems } from './validate.ts';

/** Generated files by path relative to the output directory, in a fixed order. */
export type Outputs = ReadonlyMap<string, string>;

/**
 * A file that has been compiled, validated and linted but not yet formatted. `source` is a digest of
 * everything its bytes depend on, so an unchanged file on disk can be recognised without formatting it.
 */
export interface PendingOutput {
  readonly source: string;
  render(): Promise<string>;
}

/** Generation stopped before anything was written; every problem names its file or dashboard, and panel. */
export class GenerateError extends CompileError {
  constructor(problems: readonly Problem[]) {
    super(problems);
    this.name = 'GenerateError';
  }
}

/**
 * Grafana's types (of the target line), grid and lint problems of one compiled file; lint runs under the
 * profile the file was built with.
 */
async function documentProblems(kind: OutputKind, file: string, document: unknown, naming: NamingContext, grafana: GrafanaLine): Promise<Problem[]> {
  const problems = await schemaProblems(kind, file, document, grafana);
  if (kind === 'v2') problems.push(...elementReferenceProblems(file, document));
  if (problems.length > 0) return problems;
  const info = readDashboard(document, file);
  problems.push(...gridProblems(info));
  // Both formats carry the same compiled panels and queries; linting the classic one covers them.
  if (kind === 'v2') return problems;
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
  if (project.provisioning === undefined) return [];
  // The name becomes part of the provisioning file paths.
  if (!/^[a-zA-Z0-9_-]+$/.test(project.provisioning.name)) {
    return [{ where: project.name, message: `provisioning name "${project.provisioning.name}" must be letters, digits, "-" or "_"` }];
  }
  const provisioned = new Set(project.provisioning.datasources.map((datasource) => datasource.uid));
  const known = [...provisioned].join(', ') || 'none';
  return project.dashboards.flatMap((dashboard) =>
    dashboard.variables.flatMap((variable) =>
      variable.kind === 'datasource' && variable.defaultUid !== undefined && !provisioned.has(variable.defaultUid)
        ? [{ where: dashboard.uid, message: `variable \`${variable.name}\` defaults to datasource uid "${variable.defaultUid}", which provisioning does not define (${known})` }]
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

function compileAll(project: Project, profile: NamingProfile, grafana: GrafanaLine): { compiled: CompiledDashboard[]; problems: Problem[] } {
  const compiled: CompiledDashboard[] = [];
  const problems: Problem[] = [...duplicateUidProblems(project.dashboards), ...provisioningProblems(project)];
  for (const definition of project.dashboards) {
    try {
      compiled.push(compileDashboard(definition, profile, grafana));
    } catch (error) {
      if (!(error instanceof CompileError)) throw error;
      problems.push(...error.problems);
    }
  }
  return { compiled, problems };
}

/** A file whose text is final as generated (no formatter runs over it): its digest is its source. */
function finished(text: string): PendingOutput {
  return { source: createHash('sha256').update(text).digest('hex'), render: async () => text };
}

function pending(fingerprint: string, format: 'json' | 'yaml', value: unknown, render: () => Promise<string>): PendingOutput {
  const source = createHash('sha256').update(`${fingerprint}\n${format}\n${JSON.stringify(sortKeys(value))}`).digest('hex');
  return { source, render };
}

/**
 * Compiles, validates and lints every file the project generates, leaving the formatting for later.
 * Throws GenerateError listing every problem when any dashboard fails.
 */
export async function prepareOutputs(
  project: Project,
  profile: NamingProfile,
  grafana: GrafanaLine = newestGrafanaLine,
): Promise<Map<string, PendingOutput>> {
  const { compiled, problems } = compileAll(project, profile, grafana);
  const naming = buildNamingContext(project.catalog, profile, profiles);
  // A line without a v2 API (11.x) gets the classic file only.
  const documents = compiled.flatMap(({ definition, classic, v2 }) => [
    { path: outputPaths.classic(definition.uid), kind: 'classic' as const, document: classic as unknown },
    ...(v2 === undefined ? [] : [{ path: outputPaths.v2(definition.uid), kind: 'v2' as const, document: v2 as unknown }]),
  ]);
  for (const { path, kind, document } of documents) problems.push(...(await documentProblems(kind, path, document, naming, grafana)));
  const python = project.pythonModule === undefined ? undefined : pythonModule(project.catalog, project.pythonModule);
  problems.push(...(python?.problems ?? []));
  const rules = project.slos === undefined ? undefined : sloRuleOutput(project.slos, profile, compiled, naming);
  problems.push(...(rules?.problems ?? []));
  if (problems.length > 0) throw new GenerateError(problems);
  const fingerprint = formatterFingerprint();
  const outputs = new Map<string, PendingOutput>();
  for (const { path, document } of documents) outputs.set(path, pending(fingerprint, 'json', document, () => formatJson(document)));
  const settings = project.provisioning;
  if (settings !== undefined) {
    const files = [
      [outputPaths.dashboardProvider(settings.name), dashboardProviderFile(settings)],
      [outputPaths.datasources(settings.name), datasourcesFile(settings)],
    ] as const;
    for (const [path, file] of files) outputs.set(path, pending(fingerprint, 'yaml', file, async () => formatYaml(await yamlText(file))));
  }
  if (project.pythonModule !== undefined && python?.text !== undefined) outputs.set(project.pythonModule, finished(python.text));
  const ruleFile = rules?.file;
  if (rules !== undefined && ruleFile !== undefined) outputs.set(rules.path, pending(fingerprint, 'yaml', ruleFile, async () => formatYaml(await yamlText(ruleFile))));
  return outputs;
}

/**
 * Every generated file's text, without touching the disk: what `generate-dashboards` would write.
 * `diff --base` and the end-to-end tests call this.
 */
export async function buildOutputs(project: Project, profile: NamingProfile, grafana: GrafanaLine = newestGrafanaLine): Promise<Outputs> {
  const outputs = new Map<string, string>();
  for (const [path, output] of await prepareOutputs(project, profile, grafana)) outputs.set(path, await output.render());
  return outputs;
}
