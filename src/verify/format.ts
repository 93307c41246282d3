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

/** The report as people read it: one line per catalog metric, then the findings. */
export function formatVerifyText(report: VerifyReport, source: string): string {
  const lines = [`${report.catalog} against ${source} (profile ${report.profile})`, ''];
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
