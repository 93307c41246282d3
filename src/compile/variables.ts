import type * as common from '@grafana/grafana-foundation-sdk/common';
import type * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import type * as v2beta1 from '@grafana/grafana-foundation-sdk/dashboardv2beta1';
import type { DashboardDefinition, VariableDefinition } from '../builder/model.ts';
import type { GrafanaLine } from '../grafana-versions/versions.ts';
import type { DatasourceRefs, PanelContext } from './panel.ts';
import { renderQuery } from './panel.ts';
import { built, sdk } from './sdk.ts';

type QueryVariable = Extract<VariableDefinition, { kind: 'query' }>;
type DatasourceVariable = Extract<VariableDefinition, { kind: 'datasource' }>;
type CustomVariable = Extract<VariableDefinition, { kind: 'custom' }>;

/** A variable reference as a datasource uid: Grafana resolves `${name}` to the selected datasource. */
function variableRef(variable: DatasourceVariable): common.DataSourceRef {
  return { type: variable.pluginId, uid: `\${${variable.name}}` };
}

/** Finds the datasource variable named `name`; reports where it is missing or of another kind. */
function datasourceVariable(
  definition: DashboardDefinition,
  name: string,
  usedBy: string,
  report: PanelContext['report'],
): DatasourceVariable | undefined {
  const variable = definition.variables.find((candidate) => candidate.name === name);
  if (variable?.kind === 'datasource') return variable;
  const found = variable === undefined ? 'there is none' : `\`${name}\` is a ${variable.kind} variable`;
  report({ where: definition.uid, message: `${usedBy} needs a datasource variable named \`${name}\`, but ${found}` });
  return undefined;
}

export function resolveDatasources(definition: DashboardDefinition, report: PanelContext['report']): DatasourceRefs {
  const prometheus = datasourceVariable(definition, definition.datasources.prometheus, '`datasources.prometheus`', report);
  const jaegerName = definition.datasources.jaeger;
  const jaeger = jaegerName === undefined ? undefined : datasourceVariable(definition, jaegerName, '`datasources.jaeger`', report);
  return {
    prometheus: prometheus ? variableRef(prometheus) : { type: 'prometheus', uid: `\${${definition.datasources.prometheus}}` },
    jaeger: jaeger ? variableRef(jaeger) : undefined,
  };
}

/** A query variable's datasource and rendered query, shared by the classic and the v2 forms. */
export interface ResolvedQueryVariable {
  readonly variable: QueryVariable;
  readonly datasource: common.DataSourceRef;
  readonly query: string;
}

export type ResolvedVariable = DatasourceVariable | CustomVariable | ResolvedQueryVariable;

/**
 * Grafana splits a custom variable's query at unescaped commas and reads `text : value` pairs, so a value
 * holding either would become other values; an empty list or a default outside it leaves nothing selected.
 */
function customVariableProblems(variable: CustomVariable): string[] {
  const problems = variable.values.flatMap((value) =>
    value.includes(',') || value.includes(' : ') || value.trim() !== value || value === ''
      ? [`value ${JSON.stringify(value)} is empty, has surrounding spaces, or holds \`,\` or \` : \`, which Grafana's custom variables read as separators`]
      : [],
  );
  if (!variable.values.includes(variable.defaultValue)) {
    problems.push(`default ${JSON.stringify(variable.defaultValue)} is not one of its values`);
  }
  return problems;
}

export function resolveVariables(definition: DashboardDefinition, context: PanelContext): ResolvedVariable[] {
  const seen = new Set<string>();
  return definition.variables.map((variable) => {
    if (seen.has(variable.name)) {
      context.report({ where: definition.uid, message: `variable \`${variable.name}\` is defined twice` });
    }
    seen.add(variable.name);
    if (variable.kind === 'datasource') return variable;
    if (variable.kind === 'custom') {
      for (const problem of customVariableProblems(variable)) {
        context.report({ where: definition.uid, message: `variable \`${variable.name}\`: ${problem}` });
      }
      return variable;
    }
    const source = datasourceVariable(definition, variable.datasource, `variable \`${variable.name}\``, context.report);
    return {
      variable,
      datasource: source ? variableRef(source) : { uid: `\${${variable.datasource}}` },
      query: renderQuery(variable.query, context, `variable ${variable.name}`),
    };
  });
}

function allSelected(variable: QueryVariable) {
  return variable.includeAll ? { text: 'All', value: variable.multi ? ['$__all'] : '$__all' } : { text: '', value: '' };
}

function defaultDatasource(variable: DatasourceVariable) {
  return { text: variable.defaultUid ?? '', value: variable.defaultUid ?? '' };
}

/** The query Grafana parses into the options, and the options and selection it would store with the dashboard. */
function customParts(variable: CustomVariable) {
  return {
    query: variable.values.join(','),
    current: { text: variable.defaultValue, value: variable.defaultValue },
    options: variable.values.map((value) => ({ text: value, value, selected: value === variable.defaultValue })),
  };
}

/**
 * The SDK gives every classic variable the interval variable's `auto*` fields; Grafana ignores them on
 * other kinds, so they would only be noise in the files and in diffs.
 */
function withoutIntervalFields(variable: dashboard.VariableModel): dashboard.VariableModel {
  const { auto: _auto, auto_min: _autoMin, auto_count: _autoCount, ...rest } = variable;
  return rest;
}

export function classicVariable(resolved: ResolvedVariable): dashboard.VariableModel {
  const { dashboard } = sdk;
  if ('kind' in resolved && resolved.kind === 'custom') {
    const { query, current, options } = customParts(resolved);
    return withoutIntervalFields(
      new dashboard.CustomVariableBuilder(resolved.name).label(resolved.label).values(query).current(current).options(options).build(),
    );
  }
  if ('kind' in resolved) {
    const builder = new dashboard.DatasourceVariableBuilder(resolved.name).label(resolved.label).type(resolved.pluginId);
    // Without a default, Grafana selects the instance marked default for the plugin (or the first one).
    if (resolved.defaultUid !== undefined) builder.current(defaultDatasource(resolved));
    return withoutIntervalFields(builder.build());
  }
  const { variable, datasource, query } = resolved;
  const builder = new dashboard.QueryVariableBuilder(variable.name)
    .label(variable.label)
    .datasource(datasource)
    .query({ query, refId: `${variable.name}-variable` })
    // No `definition`: the classic VariableModel of every supported line lacks it (the query says the same).
    .current(allSelected(variable))
    .refresh(dashboard.VariableRefresh.OnTimeRangeChanged)
    .sort(dashboard.VariableSort.AlphabeticalAsc)
    .multi(variable.multi)
    .includeAll(variable.includeAll);
  if (variable.allValue !== undefined) builder.allValue(variable.allValue);
  return withoutIntervalFields(builder.build());
}

export function v2Variable(resolved: ResolvedVariable, grafana: GrafanaLine): v2beta1.VariableKind {
  const { v2beta1: v2 } = sdk;
  if ('kind' in resolved && resolved.kind === 'custom') {
    const { query, current, options } = customParts(resolved);
    return new v2.CustomVariableBuilder(resolved.name).label(resolved.label).query(query).current(current).options(options).build();
  }
  if ('kind' in resolved) {
    return new v2.DatasourceVariableBuilder(resolved.name)
      .label(resolved.label)
      .pluginId(resolved.pluginId)
      .current(defaultDatasource(resolved))
      .refresh(v2.VariableRefresh.OnDashboardLoad)
      .build();
  }
  const { variable, datasource, query } = resolved;
  const builder = new v2.QueryVariableBuilder(variable.name)
    .label(variable.label)
    .query(
      built({
        kind: 'DataQuery',
        group: datasource.type ?? 'prometheus',
        version: 'v0',
        datasource: { name: datasource.uid },
        spec: { query, refId: `${variable.name}-variable` },
      }),
    )
    .definition(query)
    .current(allSelected(variable))
    .refresh(v2.VariableRefresh.OnTimeRangeChanged)
    .sort(v2.VariableSort.AlphabeticalAsc)
    .multi(variable.multi)
    .includeAll(variable.includeAll);
  if (variable.allValue !== undefined) builder.allValue(variable.allValue);
  const kind = builder.build();
  if (!grafana.variableRegexApplyTo) delete (kind.spec as { regexApplyTo?: unknown }).regexApplyTo;
  return kind;
}
