import { type Command, Option } from 'commander';
import type { Catalog } from '../../catalog/model.ts';
import type { NamingProfile } from '../../naming/profiles.ts';
import { type EmittedLabel, type EmittedSeries, seriesOf } from '../../naming/series.ts';
import type { CliCommand, CliContext } from '../command.ts';
import { profileOption } from './generate.ts';

interface CatalogOptions {
  readonly profile?: string;
  readonly format: 'text' | 'json';
}

function labelJson(label: EmittedLabel) {
  return {
    name: label.name,
    ...(label.attribute === undefined ? { addedBy: 'export path' } : { attribute: label.attribute }),
    optional: label.optional,
    ...(label.values === undefined ? {} : { values: label.values }),
  };
}

function seriesJson(series: EmittedSeries) {
  return { name: series.name, type: series.promType, role: series.role, labels: [...series.labels.values()].map(labelJson) };
}

export function catalogJson(catalog: Catalog, profile: NamingProfile) {
  return {
    catalog: catalog.name,
    meter: catalog.meter,
    profile: profile.id,
    metrics: Object.entries(catalog.metrics).map(([key, metric]) => ({
      key,
      name: metric.name,
      kind: metric.kind,
      unit: metric.unit,
      status: metric.status,
      description: metric.description,
      series: seriesOf(key, metric, profile).map(seriesJson),
    })),
  };
}

function labelText(label: EmittedLabel): string {
  const source = label.attribute !== undefined && label.attribute !== label.name ? ` <- ${label.attribute}` : '';
  const values = label.values === undefined ? '' : ` = ${label.values.join('|')}`;
  return `${label.name}${label.optional ? '?' : ''}${source}${values}`;
}

export function catalogText(catalog: Catalog, profile: NamingProfile): string {
  const lines = [`${catalog.name}${catalog.meter ? ` (meter ${catalog.meter})` : ''} under profile ${profile.id}: ${profile.title}`, ''];
  for (const [key, metric] of Object.entries(catalog.metrics)) {
    const planned = metric.status === 'planned' ? '  [planned: not emitted yet, queries show no data]' : '';
    lines.push(`${key}: ${metric.name} (${metric.kind}, unit ${metric.unit})${planned}`);
    lines.push(`  ${metric.description}`);
    for (const series of seriesOf(key, metric, profile)) {
      const own = [...series.labels.values()].filter((label) => label.attribute !== undefined || label.name === 'le');
      const added = [...series.labels.values()].filter((label) => label.attribute === undefined && label.name !== 'le');
      lines.push(`  ${series.name}  ${series.promType}${series.role === series.promType ? '' : ` ${series.role}`}`);
      lines.push(`    labels: ${own.map(labelText).join(', ') || '(none)'}`);
      lines.push(`    added by the export path: ${added.map(labelText).join(', ') || '(none)'}`);
    }
    lines.push('');
  }
  lines.push('`?` marks labels that are absent on some series; `<-` names the OpenTelemetry attribute.');
  return `${lines.join('\n')}\n`;
}

/** `generate-dashboards catalog`: every metric of the project's catalog with the series and labels it becomes. */
export const catalogCommand: CliCommand = {
  register(program: Command, context: CliContext): void {
    program
      .command('catalog')
      .description('list every metric with the series and labels it emits under a naming profile')
      .option('--profile <name>', `naming profile (default: ${context.project.defaultProfile})`)
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
      .action((options: CatalogOptions) => {
        const profile = profileOption(options.profile, context);
        const { catalog } = context.project;
        context.io.stdout(
          options.format === 'json' ? `${JSON.stringify(catalogJson(catalog, profile), null, 2)}\n` : catalogText(catalog, profile),
        );
      });
  },
};
