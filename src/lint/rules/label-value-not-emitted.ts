import { type AdmittedValues, admittedValues, suggestValue } from '../../catalog/values.ts';
import type { Matcher } from '../../promql/expr.ts';
import { escapeRegex, literalAlternatives, matcherAccepts } from '../../promql/matcher.ts';
import { promqlName } from '../../promql/strings.ts';
import type { QueryRule } from '../rule.ts';

/** How many named values a message lists before "...". */
const listed = 6;

/**
 * Whether the matcher can select a series the SDK records: one with an admitted value, or without the label
 * when it is optional (value ""). Undefined when that cannot be told: a regex or negative matcher over an
 * open-ended pattern, or a pattern that is not valid RE2 (promql-syntax reports that).
 */
function canSelect(matcher: Matcher, admitted: AdmittedValues, optional: boolean): boolean | undefined {
  const absent = optional ? [''] : [];
  if (admitted.closed) {
    const candidates = [...admitted.known, ...absent];
    const verdicts = candidates.map((value) => matcherAccepts(matcher, value));
    return verdicts.includes(undefined) ? undefined : verdicts.includes(true);
  }
  if (matcher.op === '=') return admitted.allows(matcher.value) || (optional && matcher.value === '');
  if (matcher.op !== '=~') return undefined;
  const alternatives = literalAlternatives(matcher.value);
  if (alternatives !== undefined) return alternatives.some((value) => admitted.allows(value) || (optional && value === ''));
  // A pattern-shaped regex: it can select something when it selects a value the catalog names; else no verdict.
  return [...admitted.known, ...absent].some((value) => matcherAccepts(matcher, value) === true) || undefined;
}

function quotedList(values: readonly string[]): string {
  const shown = values.slice(0, listed).map((value) => `"${value}"`);
  return values.length > listed ? `${shown.join(', ')}, ...` : shown.join(', ');
}

/**
 * The selecting matcher to write instead, each value replaced by its nearest admitted value (or family); undefined
 * when there is no good guess. A negative matcher that excludes everything has no such repair.
 */
function replacement(matcher: Matcher, admitted: AdmittedValues): string | undefined {
  const values = matcher.op === '=' ? [matcher.value] : matcher.op === '=~' ? literalAlternatives(matcher.value) : undefined;
  if (values === undefined) return undefined;
  const instead: string[] = [];
  for (const value of values) {
    const suggestion = admitted.allows(value) ? { value } : suggestValue(admitted, value);
    if (suggestion === undefined) return undefined;
    instead.push(...('value' in suggestion ? [suggestion.value] : suggestion.members));
  }
  const unique = [...new Set(instead)];
  const label = promqlName(matcher.label.name, 'label');
  if (unique.length === 1) return `${label}=${JSON.stringify(unique[0])}`;
  return `${label}=~${JSON.stringify(unique.map(escapeRegex).join('|'))}`;
}

export const labelValueNotEmitted: QueryRule = {
  scope: 'query',
  id: 'label-value-not-emitted',
  severity: 'error',
  description: 'An equality or regex matcher that cannot match any value the catalog says the label takes',
  rationale:
    'A matcher on a value the SDK never writes selects nothing, so the panel stays empty although the metric is there, usually because of a typo or an outdated value (`prompt` where the contract says `input`, `retry` where the SDK records the class name `RetryPrimitive`).',
  enabledByDefault: true,
  needsCatalog: true,
  example: {
    bad: 'sum(rate(llm_tokens_total{llm_token_type="prompt"}[$__rate_interval]))',
    good: 'sum(rate(llm_tokens_total{llm_token_type="input"}[$__rate_interval]))',
  },
  check({ analysis }, report) {
    if (!analysis.parsed) return;
    for (const selector of analysis.selectors) {
      if (selector.series === undefined) continue;
      for (const matcher of selector.matchers) {
        if (matcher.templated) continue;
        const label = selector.series.labels.get(matcher.label.name);
        const admitted = label?.spec === undefined ? undefined : admittedValues(label.spec);
        if (label === undefined || admitted === undefined) continue;
        if (canSelect(matcher, admitted, label.optional) !== false) continue;
        const written = `${promqlName(matcher.label.name, 'label')}${matcher.op}${JSON.stringify(matcher.value)}`;
        const recorded = admitted.closed
          ? `the values the SDK records (${quotedList(admitted.known)})`
          : `the values the SDK records: ${label.attribute ?? label.name} values match \`${label.spec!.pattern}\``;
        const instead = replacement(matcher, admitted);
        const fallback = admitted.closed
          ? `one of ${quotedList(admitted.known)}`
          : `a value matching \`${label.spec!.pattern}\`${admitted.known.length > 0 ? `, such as ${quotedList(admitted.known)}` : ''}`;
        report({
          message: `\`${written}\` matches none of ${recorded}`,
          suggestion: instead === undefined ? fallback : `did you mean \`${instead}\`?`,
          from: matcher.valueSpan.from,
          to: matcher.valueSpan.to,
        });
      }
    }
  },
};
