import { resolve } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { DashboardReadError } from '../../dashboard/model.ts';
import { dashboardFiles, describeFileError, readInputText, type SkipReason } from '../../dashboard/files.ts';
import { NotADashboardError, readDashboardText } from '../../dashboard/read.ts';
import { prometheusQueries } from '../../lint/datasource.ts';
import {
  formatGithub,
  formatJson,
  formatText,
  githubAnnotation,
  type OutputFormat,
  outputFormats,
  type PlacedFinding,
  summarize,
} from '../../lint/formats.ts';
import { placeFindings } from '../../lint/locate.ts';
import { type Finding, lintDashboard, type LintOptions } from '../../lint/run.ts';
import { rules } from '../../lint/rules/index.ts';
import { findProfile, profileIds, profiles } from '../../naming/profiles.ts';
import { buildNamingContext, type NamingContext } from '../../naming/series.ts';
import { closest } from '../../text/closest.ts';
import { plural } from '../../text/plural.ts';
import { isRuleFileName, lintRuleFileText, looksLikeRuleFile } from '../../rules/lint.ts';
import { printableLine } from '../../text/printable.ts';
import type { CliCommand, CliContext } from '../command.ts';
import { exitCodes, UserError } from '../io.ts';
import { loadCatalog } from '../load-catalog.ts';

interface LintCommandOptions {
  readonly profile?: string;
  readonly catalog?: string;
  readonly format: string;
  readonly maxWarnings?: number;
  readonly enable?: string[];
  readonly disable?: string[];
  readonly includeHidden?: boolean;
}

function collectIds(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(',').map((id) => id.trim()).filter((id) => id !== '')];
}

function nonNegativeInteger(value: string): number {
  if (!/^[0-9]+$/.test(value)) throw new InvalidArgumentError('expected a whole number of warnings, 0 or more');
  return Number(value);
}

function checkRuleIds(option: string, ids: readonly string[]): void {
  const known = rules.map((rule) => rule.id);
  for (const id of ids) {
    if (known.includes(id)) continue;
    const nearest = closest(id, known);
    const hint = nearest !== undefined ? ` (did you mean ${nearest}?)` : '';
    throw new UserError(`${option}: unknown rule "${id}"${hint}; rules: ${known.join(', ')}`);
  }
}

async function namingFor(options: LintCommandOptions, context: CliContext): Promise<NamingContext | undefined> {
  const profileId = options.profile ?? context.project.defaultProfile;
  const profile = findProfile(profileId);
  if (!profile) throw new UserError(`--profile: unknown profile "${profileId}"; profiles: ${profileIds().join(', ')}`);
  if (options.catalog === 'none') return undefined;
  const catalog = options.catalog === undefined ? context.project.catalog : await loadCatalog(options.catalog, context.io.cwd);
  return buildNamingContext(catalog, profile, profiles);
}

type FileResult =
  | { readonly kind: 'dashboard' | 'rule-file'; readonly findings: PlacedFinding[]; readonly queries: number }
  | { readonly kind: 'not-a-dashboard' }
  | { readonly kind: 'unreadable' };

/** Reads and lints one file; what cannot be read, or is not a dashboard, is reported on stderr. */
async function lintFile(file: string, walked: boolean, options: LintOptions, format: OutputFormat, context: CliContext): Promise<FileResult> {
  const shown = printableLine(file);
  let text: string;
  try {
    text = await readInputText(resolve(context.io.cwd, file));
  } catch (error) {
    context.io.stderr(`${shown}: cannot read: ${describeFileError(error)}\n`);
    return { kind: 'unreadable' };
  }
  // A folder holds other YAML too (provisioning, CI, Helm templates): only files with `groups:` are rule files there.
  if (walked && isRuleFileName(file) && !looksLikeRuleFile(text)) return { kind: 'not-a-dashboard' };
  try {
    if (isRuleFileName(file)) return { kind: 'rule-file', ...lintRuleFileText(text, file, options) };
    const dashboard = readDashboardText(text, file);
    const findings: Finding[] = lintDashboard(dashboard, options);
    return { kind: 'dashboard', findings: placeFindings(text, dashboard, findings, format === 'github'), queries: prometheusQueries(dashboard).length };
  } catch (error) {
    if (!(error instanceof DashboardReadError)) throw error;
    // A folder of a repository holds other JSON too (package.json, schemas); a file named on purpose must be one.
    if (walked && error instanceof NotADashboardError) {
      context.io.stderr(`${shown}: skipped: not a dashboard\n`);
      return { kind: 'not-a-dashboard' };
    }
    context.io.stderr(`${printableLine(error.location())}: ${printableLine(error.message)}\n`);
    if (format === 'github') {
      context.io.stdout(githubAnnotation('error', file, error.line ?? 1, error.column ?? 1, 'unreadable-dashboard', error.message));
    }
    return { kind: 'unreadable' };
  }
}

/** One line for what a folder walk left out, so that a clean run over a repository says what it did not look at. */
function notWalkedNote(skipped: ReadonlyMap<SkipReason, number>): string | undefined {
  if (skipped.size === 0) return undefined;
  const total = [...skipped.values()].reduce((sum, count) => sum + count, 0);
  const parts = [...skipped].map(([reason, count]) => `${count} ${reason}`);
  const hint = skipped.has('hidden') ? ' (--include-hidden walks hidden folders)' : '';
  return `note: ${plural(total, 'path')} under the folders given not walked: ${parts.join(', ')}${hint}`;
}

async function lint(paths: string[], options: LintCommandOptions, context: CliContext): Promise<void> {
  if (!(outputFormats as readonly string[]).includes(options.format)) {
    throw new UserError(`--format: unknown format "${options.format}"; formats: ${outputFormats.join(', ')}`);
  }
  const format = options.format as OutputFormat;
  const enable = options.enable ?? [];
  const disable = options.disable ?? [];
  checkRuleIds('--enable', enable);
  checkRuleIds('--disable', disable);
  const lintOptions: LintOptions = { naming: await namingFor(options, context), enable, disable };

  const found = await dashboardFiles(paths, context.io.cwd, {
    includeHidden: options.includeHidden === true,
    accept: (name) => name.endsWith('.json') || isRuleFileName(name),
  });
  const { files, walked, skipped, notes } = found;
  const problems = [...found.problems, ...found.emptyFolders.map((folder) => `${folder}: no .json files in this folder`)];
  for (const line of [...problems, ...notes]) context.io.stderr(`${printableLine(line)}\n`);
  if (problems.length > 0) context.exit(exitCodes.usage);

  const findings: PlacedFinding[] = [];
  let dashboards = 0;
  let ruleFiles = 0;
  let queries = 0;
  for (const file of files) {
    const result = await lintFile(file, walked.has(file), lintOptions, format, context);
    if (result.kind === 'unreadable') context.exit(exitCodes.usage);
    if (result.kind !== 'dashboard' && result.kind !== 'rule-file') continue;
    if (result.kind === 'dashboard') dashboards++;
    else ruleFiles++;
    queries += result.queries;
    findings.push(...result.findings);
  }
  const note = notWalkedNote(skipped);
  if (note !== undefined) context.io.stderr(`${note}\n`);
  const summary = summarize({ files: files.length, dashboards, ruleFiles, queries }, findings.map((placed) => placed.finding));
  if (format === 'json') context.io.stdout(formatJson(findings, summary));
  else if (format === 'github') context.io.stdout(formatGithub(findings));
  else context.io.stdout(formatText(findings, summary, context.io.color));

  const tooManyWarnings = options.maxWarnings !== undefined && summary.warnings > options.maxWarnings;
  if (summary.errors > 0 || tooManyWarnings) context.exit(exitCodes.findings);
  if (tooManyWarnings) {
    context.io.stderr(`${summary.warnings} warning(s), more than --max-warnings ${options.maxWarnings}\n`);
  }
}

export const lintCommand: CliCommand = {
  register(program: Command, context: CliContext) {
    program
      .command('lint')
      .description('Check the PromQL and the conventions of Grafana dashboard JSON files (any format, any source)')
      .argument('<paths...>', 'dashboard JSON files, Prometheus rule files (.yaml, .yml), or folders to search recursively for both (without node_modules, .git, .gitignored and hidden paths)')
      .option('--profile <id>', `naming profile the queries should follow (${profileIds().join(', ')})`)
      .option('--catalog <module>', 'catalog module (.ts, .js, .mjs, .json; default: the project\'s catalog), or "none" for catalog-free checks')
      .option('--format <format>', `output format: ${outputFormats.join(', ')}`, 'text')
      .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', nonNegativeInteger)
      .option('--enable <ids>', 'turn on rules that are off by default (comma-separated, repeatable)', collectIds)
      .option('--disable <ids>', 'turn rules off (comma-separated, repeatable)', collectIds)
      .option('--include-hidden', 'also walk hidden folders and files (.archive/); .git and node_modules stay out')
      .action((paths: string[], options: LintCommandOptions) => lint(paths, options, context));
  },
};
