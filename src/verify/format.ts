import { plural } from '../text/plural.ts';
import type { MetricCheck, VerifyReport } from './compare.ts';

/** `name count` per series name: how many label sets of each the exposition has. */
function seriesSummary(metric: MetricCheck): string {
  return metric.series.map((series) => `${series.name} ${series.count}`).join(', ');
}

function state(metric: MetricCheck): string {
  if (metric.status === 'planned') return 'planned';
  return metric.ok ? 'ok' : 'MISMATCH';
}

/** The answer first: `6 of 7 catalog metrics present, 1 missing; 2 unknown series under agent_*, cache_*`. */
function headline({ summary }: VerifyReport): string {
  const emitted = summary.present.length + summary.missing.length;
  const namespaces = summary.namespaces.map((prefix) => `${prefix}*`).join(', ');
  const planned = summary.planned.length === 0 ? '' : ` (${plural(summary.planned.length, 'planned metric')} not counted)`;
  return (
    `${summary.present.length} of ${emitted} catalog metrics present, ${summary.missing.length} missing; ` +
    `${summary.unknownSeries} unknown series under ${namespaces}${planned}`
  );
}

/** The report as people read it: the counts, one line per catalog metric, then the findings. */
export function formatVerifyText(report: VerifyReport, source: string): string {
  const lines = [headline(report), `${report.catalog} against ${source} (profile ${report.profile})`, ''];
  const width = Math.max(...report.metrics.map((metric) => metric.name.length));
  for (const metric of report.metrics) {
    lines.push(`  ${state(metric).padEnd(8)}  ${metric.name.padEnd(width)}  ${seriesSummary(metric)}`);
  }
  for (const level of ['mismatch', 'info'] as const) {
    const findings = report.findings.filter((finding) => finding.level === level);
    if (findings.length === 0) continue;
    lines.push('', level === 'mismatch' ? 'Mismatches:' : 'Info:');
    for (const finding of findings) lines.push(`  [${finding.code}] ${finding.message}`);
  }
  lines.push('');
  lines.push(
    report.matchingProfiles.length === 0
      ? 'No naming profile matches every emitted metric of this exposition.'
      : `Naming profiles that match this exposition: ${report.matchingProfiles.join(', ')}`,
  );
  const infos = report.findings.length - report.mismatches;
  lines.push(`${plural(report.mismatches, 'mismatch', 'mismatches')}, ${infos} info`);
  return `${lines.join('\n')}\n`;
}

export function formatVerifyJson(report: VerifyReport, source: string): string {
  return `${JSON.stringify({ source, ...report }, null, 2)}\n`;
}
