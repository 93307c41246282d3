import { type Command, Option } from 'commander';
import { derivedSeries } from '../../catalog/derived.ts';
import type { AttributeSpec, Catalog, MetricSpec } from '../../catalog/model.ts';
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

/** What the catalog says about an attribute's values and where it comes from; absent fields left out. */
function attributeJson(name: string, spec: AttributeSpec) {
  return {
    name,
    optional: spec.optional === true,
    ...(spec.values === undefined ? {} : { values: spec.values }),
    ...(spec.pattern === undefined ? {} : { pattern: spec.pattern }),
    ...(spec.families === undefined ? {} : { families: spec.families }),
    ...(spec.sumOf === undefined ? {} : { sumOf: spec.sumOf }),
    ...(spec.legacyValues === undefined ? {} : { legacyValues: spec.legacyValues }),
    ...(spec.source === undefined ? {} : { source: spec.source }),
  };
}

function seriesJson(series: EmittedSeries) {
  return { name: series.name, type: series.promType, role: series.role, labels: [...series.labels.values()].map(labelJson) };
}

export function catalogJson(catalog: Catalog, profile: NamingProfile) {
  return {
    catalog: catalog.name,
    meter: catalog.meter,
    source: catalog.source,
    profile: profile.id,
    metrics: Object.entries(catalog.metrics).map(([key, metric]) => ({
      key,
      name: metric.name,
      kind: metric.kind,
      unit: metric.unit,
      status: metric.status,
      description: metric.description,
      source: metric.source,
      attributes: Object.entries(metric.attributes).map(([name, spec]) => attributeJson(name, spec)),
      series: seriesOf(key, metric, profile).map(seriesJson),
    })),
    derived: Object.entries(catalog.derived ?? {}).map(([key, metric]) => ({
      key,
      name: metric.name,
      kind: metric.kind,
      unit: metric.unit,
      description: metric.description,
      series: [seriesJson(derivedSeries(key, metric, profile))],
    })),
  };
}

function labelText(label: EmittedLabel): string {
  const source = label.attribute !== undefined && label.attribute !== label.name ? ` <- ${label.attribute}` : '';
  const values = label.values !== undefined ? ` = ${label.values.join('|')}` : label.spec?.pattern !== undefined ? ` ~ ${label.spec.pattern}` : '';
  return `${label.name}${label.optional ? '?' : ''}${source}${values}`;
}

/** One line per attribute that has more to say than its label: where it is defined, families, sums, old values. */
function attributeLines(metric: MetricSpec): string[] {
  const lines: string[] = [];
  for (const [name, spec] of Object.entries(metric.attributes)) {
    const facts = [
      ...Object.entries(spec.sumOf ?? {}).map(([sum, parts]) => `${sum} = ${parts.join(' + ')}`),
      ...Object.entries(spec.legacyValues ?? {}).map(([old, current]) => `formerly ${old} (now ${current})`),
    ];
    if (facts.length === 0 && spec.source === undefined && spec.families === undefined) continue;
    const source = spec.source === undefined ? '' : ` [${spec.source}]`;
    lines.push(`    ${name}${facts.length > 0 ? `: ${facts.join('; ')}` : ''}${source}`);
    for (const [family, members] of Object.entries(spec.families ?? {})) lines.push(`      ${family}: ${members.join(', ')}`);
  }
  return lines;
}

export function catalogText(catalog: Catalog, profile: NamingProfile): string {
  const lines = [
    `${catalog.name}${catalog.meter ? ` (meter ${catalog.meter})` : ''} under profile ${profile.id}: ${profile.title}`,
    ...(catalog.source === undefined ? [] : [`Follows ${catalog.source}.`]),
    '',
  ];
  for (const [key, metric] of Object.entries(catalog.metrics)) {
    const planned = metric.status === 'planned' ? '  [planned: not emitted yet, queries show no data]' : '';
    lines.push(`${key}: ${metric.name} (${metric.kind}, unit ${metric.unit})${planned}`);
    lines.push(`  ${metric.description}`);
    if (metric.source !== undefined) lines.push(`  source: ${metric.source}`);
    for (const series of seriesOf(key, metric, profile)) {
      const own = [...series.labels.values()].filter((label) => label.attribute !== undefined || label.name === 'le');
      const added = [...series.labels.values()].filter((label) => label.attribute === undefined && label.name !== 'le');
      lines.push(`  ${series.name}  ${series.promType}${series.role === series.promType ? '' : ` ${series.role}`}`);
      lines.push(`    labels: ${own.map(labelText).join(', ') || '(none)'}`);
      lines.push(`    added by the export path: ${added.map(labelText).join(', ') || '(none)'}`);
    }
    const attributes = attributeLines(metric);
    if (attributes.length > 0) lines.push('  attributes:', ...attributes);
    lines.push('');
  }
  const derived = Object.entries(catalog.derived ?? {});
  if (derived.length > 0) lines.push('Derived by recording rules (not emitted by the SDK; present once the rules are loaded):');
  for (const [key, metric] of derived) {
    const series = derivedSeries(key, metric, profile);
    lines.push(`${key}: ${series.name}  ${series.promType}, labels ${[...series.labels.values()].map(labelText).join(', ')}`);
  }
  if (derived.length > 0) lines.push('');
  lines.push(
    '`?` marks labels that are absent on some series; `<-` names the OpenTelemetry attribute; `=` lists its values,',
    '`~` the pattern its values match. Under attributes: each family of values, sums of other values, and [where it is defined].',
  );
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
