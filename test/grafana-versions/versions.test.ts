import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freshPluginDefinitions, grafanaSchemaPath, packageVersion, transformationIds } from '../../src/grafana-versions/schema-source.ts';
import { findGrafanaLine, type GrafanaLine, grafanaLines, newestGrafanaLine } from '../../src/grafana-versions/versions.ts';

// Every fact of src/grafana-versions/versions.ts and every committed schemas/grafana file, judged by the
// published @grafana/schema package of its line and by @grafana/data.

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const lines = grafanaLines.map((line) => [line.id, line] as const);

type Json = Record<string, any>;
const committed = (line: GrafanaLine): Json => JSON.parse(readFileSync(grafanaSchemaPath(line), 'utf8'));
const definitionsOf = (line: GrafanaLine): Json => committed(line).definitions;
const packageFile = (line: GrafanaLine, file: string) => existsSync(join(root, 'node_modules', line.schemaPackage, 'dist/types', file));

describe('the committed schemas/grafana files (regenerate with npm run grafana-schemas)', () => {
  it.each(lines)('%s was generated from the installed package', (_id, line) => {
    expect(committed(line).$comment).toContain(`from ${line.schemaPackage} ${packageVersion(line)} `);
  });

  it.each(lines)("%s holds the table panel's types as the installed package declares them", (_id, line) => {
    const fresh = freshPluginDefinitions(line, 'table');
    const stored = Object.fromEntries(Object.entries(definitionsOf(line)).filter(([name]) => name.startsWith('panel.table.')));
    expect(Object.keys(fresh).length).toBeGreaterThan(5);
    expect(stored).toEqual(fresh);
  }, 60_000);

  it.each(lines)('%s knows the transformations @grafana/data has', (_id, line) => {
    const ids = transformationIds();
    expect(ids).toContain('calculateField');
    expect(definitionsOf(line)['classic.DataTransformerConfig'].properties.id.enum).toEqual(ids);
  });
});

describe('what each Grafana line takes', () => {
  it.each(lines)("%s: schemaVersion is the package's defaultDashboard.schemaVersion", (_id, line) => {
    expect(line.schemaVersion).toBe(require(line.schemaPackage).defaultDashboard.schemaVersion);
  });

  it.each(lines)('%s: the v2 API version is the newest v2 spec the package ships', (_id, line) => {
    const v2beta1 = packageFile(line, 'schema/dashboard/v2beta1/types.spec.gen.d.ts');
    // 12.4 has a schema/dashboard/v2 folder that only re-exports v2beta1: only a spec of its own counts.
    const v2 = packageFile(line, 'schema/dashboard/v2/types.spec.gen.d.ts');
    const expected = v2 ? 'dashboard.grafana.app/v2' : v2beta1 ? 'dashboard.grafana.app/v2beta1' : undefined;
    expect(line.v2ApiVersion).toBe(expected);
    expect('v2' in definitionsOf(line)).toBe(expected !== undefined);
  });

  it.each(lines)("%s: the table footer is where the line's table types have it", (_id, line) => {
    const definitions = definitionsOf(line);
    const inOptions = 'footer' in definitions['panel.table.Options'].properties;
    const inFieldConfig = 'footer' in definitions['panel.table.FieldConfig'].properties;
    expect(inOptions).not.toBe(inFieldConfig);
    expect(line.tableFooter).toBe(inOptions ? 'options' : 'fieldConfig');
  });

  it.each(lines)('%s: annotation placement and v2 regexApplyTo as the types have them', (_id, line) => {
    const definitions = definitionsOf(line);
    expect(line.annotationPlacement).toBe('placement' in definitions['classic.AnnotationQuery'].properties);
    if (line.v2ApiVersion !== undefined) expect(line.variableRegexApplyTo).toBe('regexApplyTo' in definitions['v2.QueryVariableSpec'].properties);
  });

  it('takes a version as major.minor or major.minor.patch, and defaults to the newest line', () => {
    expect(findGrafanaLine('12.4')?.id).toBe('12.4');
    expect(findGrafanaLine('12.4.11')?.id).toBe('12.4');
    expect(findGrafanaLine('12.3')).toBeUndefined();
    expect(findGrafanaLine('v12')).toBeUndefined();
    expect(newestGrafanaLine.id).toBe('13.2');
    expect(packageVersion(newestGrafanaLine)).toMatch(/^13\.2\./);
  });
});

describe("README's Grafana versions table", () => {
  it('states for each supported version what the published types and the compiler say', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Grafana versions'));
    const rows = section
      .split('\n')
      .filter((text) => /^\| `\d+\.\d+`/.test(text))
      .map((text) => text.split('|').slice(1, -1).map((cell) => cell.trim()));
    const expected = grafanaLines
      .map((line) => [
        `\`${line.id}\`${line === newestGrafanaLine ? ' (default)' : ''}`,
        `\`@grafana/schema\` ${packageVersion(line)}`,
        String(line.schemaVersion),
        line.v2ApiVersion === undefined ? 'none (no v2 API): classic only' : `\`${line.v2ApiVersion}\``,
        line.tableFooter === 'options' ? '`options.footer`' : '`fieldConfig.defaults.custom.footer`',
      ])
      .reverse();
    expect(rows).toEqual(expected);
  });
});

describe('panel plugin ids', () => {
  // The foundation SDK is generated from Grafana's sources: its panel builders name each plugin by its id.
  const sdkPanels = ['annotationslist', 'barchart', 'bargauge', 'candlestick', 'canvas', 'dashboardlist', 'debug', 'gauge', 'geomap', 'heatmap', 'histogram', 'logs', 'news', 'nodegraph', 'piechart', 'stat', 'statetimeline', 'statushistory', 'table', 'text', 'timeseries', 'trend', 'xychart'];

  it.each(sdkPanels)("the foundation SDK's %s panel is a plugin id Grafana 13.2's types know", async (name) => {
    const module = (await import(`@grafana/grafana-foundation-sdk/${name}`)) as { PanelBuilder: new () => { build(): { type?: string } } };
    const id = new module.PanelBuilder().build().type;
    expect(definitionsOf(newestGrafanaLine)['classic.Panel'].properties.type.enum).toContain(id);
  });
});
