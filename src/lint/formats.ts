import { plural } from '../text/plural.ts';
import { jsonWithControlsEscaped, printableLine, printableText } from '../text/printable.ts';
import type { Finding } from './run.ts';

export type OutputFormat = 'text' | 'json' | 'github';
export const outputFormats: readonly OutputFormat[] = ['text', 'json', 'github'];

export interface LintSummary {
  /** Every file named or found in a folder, dashboard or not, readable or not. */
  readonly files: number;
  /** The files that were dashboards, and were linted. */
  readonly dashboards: number;
  /** The files that were Prometheus rule files, and were linted. */
  readonly ruleFiles: number;
  /** The PromQL queries of both. */
  readonly queries: number;
  readonly errors: number;
  readonly warnings: number;
}

/** A finding with what the formats need from its file: the query it is in, and its place in the JSON. */
export interface PlacedFinding {
  readonly finding: Finding;
  /** The query text, for findings inside a query. */
  readonly query?: string;
  /** Position in the dashboard file. */
  readonly fileLine: number;
  readonly fileColumn: number;
  /** The text report names the position after the file (`file:line:col`): for files whose findings name no panel, such as rule files. */
  readonly showPosition?: boolean;
}

export function summarize(counts: Pick<LintSummary, 'files' | 'dashboards' | 'ruleFiles' | 'queries'>, findings: readonly Finding[]): LintSummary {
  let errors = 0;
  let warnings = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errors++;
    else if (finding.severity === 'warning') warnings++;
  }
  return { ...counts, errors, warnings };
}

const excerptWidth = 100;

/** The query line a finding points at, cut to a window around the column when long, and a caret under it. */
function caretLines(query: string, line: number, column: number): string[] {
  const text = query.split('\n')[line - 1] ?? '';
  let start = 0;
  if (text.length > excerptWidth) start = Math.max(0, Math.min(column - 1 - excerptWidth / 2, text.length - excerptWidth));
  const shown = printableLine(text.slice(start, start + excerptWidth));
  const prefix = start > 0 ? '…' : '';
  const suffix = start + excerptWidth < text.length ? '…' : '';
  // Keep tabs as tabs so that the caret lines up under them; escaped control characters take their escape's width.
  const pad = printableLine(text.slice(start, Math.max(start, column - 1))).replace(/[^\t]/g, ' ');
  return [`    ${prefix}${shown}${suffix}`, `    ${prefix === '' ? '' : ' '}${pad}^`];
}

/** `panel "Title" (refId A): `, or nothing for dashboard-wide findings. */
function where(finding: Finding): string {
  if (finding.panel === undefined) return '';
  const refId = finding.refId === undefined ? '' : ` (refId ${finding.refId})`;
  return `panel "${finding.panel}"${refId}: `;
}

const colors: Record<Finding['severity'], string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' };

/** With `color`, the rule id is red for errors, yellow for warnings, cyan for info. */
export function formatText(findings: readonly PlacedFinding[], summary: LintSummary, color = false): string {
  const lines: string[] = [];
  for (const { finding, query, fileLine, fileColumn, showPosition } of findings) {
    const rule = color ? `${colors[finding.severity]}${finding.rule}\x1b[0m` : finding.rule;
    const position = showPosition === true ? `:${fileLine}:${fileColumn}` : '';
    lines.push(`${printableLine(finding.file)}${position}: ${printableLine(where(finding))}${rule}: ${printableLine(finding.message)}`);
    if (query !== undefined && finding.line !== undefined && finding.column !== undefined) {
      lines.push(...caretLines(query, finding.line, finding.column));
    }
    if (finding.suggestion !== undefined) lines.push(`    suggestion: ${printableLine(finding.suggestion)}`);
  }
  lines.push(
    `${plural(summary.files, 'file')}, ${plural(summary.dashboards, 'dashboard')}, ` +
      (summary.ruleFiles > 0 ? `${plural(summary.ruleFiles, 'rule file')}, ` : '') +
      `${plural(summary.queries, 'query', 'queries')}: ` +
      `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}`,
  );
  return `${lines.join('\n')}\n`;
}

/** The JSON report; keys in a fixed order, absent values left out. */
export function formatJson(findings: readonly PlacedFinding[], summary: LintSummary): string {
  const entries = findings.map(({ finding }) => ({
    file: finding.file,
    dashboard: finding.dashboard,
    panel: finding.panel,
    panelId: finding.panelId,
    refId: finding.refId,
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    suggestion: finding.suggestion,
    line: finding.line,
    column: finding.column,
  }));
  const { files, dashboards, ruleFiles, queries, errors, warnings } = summary;
  return `${jsonWithControlsEscaped(JSON.stringify({ findings: entries, summary: { files, dashboards, ruleFiles, queries, errors, warnings } }))}\n`;
}

/** GitHub workflow command escaping: data escapes `%`, CR and LF; properties also `:` and `,`. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const commands: Record<Finding['severity'], string> = { error: 'error', warning: 'warning', info: 'notice' };

/** One workflow command: `::error file=...,line=...,col=...,title=...::message`. */
export function githubAnnotation(severity: Finding['severity'], file: string, line: number, column: number, title: string, message: string): string {
  const properties = [`file=${escapeProperty(printableLine(file))}`, `line=${line}`, `col=${column}`, `title=${escapeProperty(printableLine(title))}`].join(',');
  // Line breaks are the annotation's own (escaped as %0A); other control characters would reach the log raw.
  return `::${commands[severity]} ${properties}::${escapeData(printableText(message))}\n`;
}

/** One annotation per finding, placed in the JSON file; the suggestion goes on a second line. */
export function formatGithub(findings: readonly PlacedFinding[]): string {
  return findings
    .map(({ finding, fileLine, fileColumn }) => {
      const suggestion = finding.suggestion === undefined ? '' : `\n${finding.suggestion}`;
      return githubAnnotation(finding.severity, finding.file, fileLine, fileColumn, finding.rule, `${where(finding)}${finding.message}${suggestion}`);
    })
    .join('');
}
