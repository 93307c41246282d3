import { parser } from '@prometheus-io/lezer-promql';
import { ttaDashboard } from '../../panels/index.ts';
import type { PanelDefinition, PrometheusTarget, ProfileText } from '../../src/builder/model.ts';
import { Expr } from '../../src/builder/promql/index.ts';
import type { NamingProfile } from '../../src/naming/profiles.ts';

export interface PanelTarget {
  readonly tab: string;
  readonly panel: PanelDefinition;
  readonly target: PrometheusTarget;
  /** `Tab / Panel #n`, for test names and failure messages. */
  readonly where: string;
}

export const panels = ttaDashboard.tabs.flatMap((tab) => tab.panels.map((panel) => ({ tab: tab.title, panel })));

export const prometheusTargets: PanelTarget[] = panels.flatMap(({ tab, panel }) =>
  panel.targets.flatMap((target, index) =>
    target.kind === 'prometheus' ? [{ tab, panel, target, where: `${tab} / ${panel.title} #${index + 1}` }] : [],
  ),
);

/** The builder expression behind a target (targets hold the generic QueryExpr interface). */
export function exprOf(target: PrometheusTarget): Expr {
  if (!(target.expr instanceof Expr)) throw new Error('target expression was not made with the PromQL builder');
  return target.expr;
}

export function legendOf(target: PrometheusTarget, profile: NamingProfile): string | undefined {
  const legend: string | ProfileText | undefined = target.legendFormat;
  return typeof legend === 'object' ? legend.render(profile) : legend;
}

/** Grafana's interval macros as durations, so the Prometheus grammar accepts the query; `$var` only occurs inside strings. */
export function withMacrosReplaced(query: string): string {
  return query.replaceAll('$__rate_interval', '1m').replaceAll('$__range', '1h').replaceAll('$__interval', '30s');
}

export interface SyntaxNode {
  readonly name: string;
  readonly text: string;
  readonly children: SyntaxNode[];
}

/** The lezer-promql tree as plain nodes, and the error nodes it recovered from. */
export function parsePromQL(query: string): { root: SyntaxNode; errors: string[] } {
  const tree = parser.parse(query);
  const errors: string[] = [];
  const stack: SyntaxNode[] = [];
  let root: SyntaxNode | undefined;
  tree.iterate({
    enter: (node) => {
      if (node.type.isError)
        errors.push(`error at ${node.from}: ${JSON.stringify(query.slice(node.from, node.to + 10))}`);
      const plain: SyntaxNode = { name: node.name, text: query.slice(node.from, node.to), children: [] };
      if (stack.length > 0) stack[stack.length - 1].children.push(plain);
      else root = plain;
      stack.push(plain);
    },
    leave: () => {
      stack.pop();
    },
  });
  return { root: root!, errors };
}

export function descendants(node: SyntaxNode, name: string): SyntaxNode[] {
  const found = node.name === name ? [node] : [];
  return found.concat(...node.children.map((child) => descendants(child, name)));
}

/** The label matchers of a selector node as `[label, op, value]`, quoted label names unquoted. */
export function matchersOf(selector: SyntaxNode): [string, string, string][] {
  return [...descendants(selector, 'UnquotedLabelMatcher'), ...descendants(selector, 'QuotedLabelMatcher')].map(
    (matcher) => {
      const name = matcher.children.find((child) => child.name === 'LabelName' || child.name === 'QuotedLabelName')!;
      const op = matcher.children.find((child) => child.name === 'MatchOp')!;
      const value = matcher.children.find((child) => child.name === 'StringLiteral')!;
      return [name.text.replace(/^"|"$/g, ''), op.text, JSON.parse(value.text) as string];
    },
  );
}

/** The series name a selector selects: `name{...}` or `{"dotted.name", ...}`. */
export function metricNameOf(selector: SyntaxNode): string | undefined {
  const identifier = selector.children.find((child) => child.name === 'Identifier');
  if (identifier !== undefined) return identifier.text;
  const matchers = selector.children.find((child) => child.name === 'LabelMatchers');
  const quoted = matchers?.children.find((child) => child.name === 'QuotedLabelName');
  return quoted === undefined ? undefined : (JSON.parse(quoted.text) as string);
}
