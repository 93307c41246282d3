import { describe, expect, it } from 'vitest';
import { selectorInstanceMatcher } from '../../../src/lint/rules/selector-instance-matcher.ts';
import { selectorJobMatcher } from '../../../src/lint/rules/selector-job-matcher.ts';
import { lintQuery } from './query-lint.ts';

const rules = [selectorJobMatcher];

describe('selector-job-matcher', () => {
  it('is off by default', () => {
    expect(selectorJobMatcher.enabledByDefault).toBe(false);
    expect(lintQuery('sum(rate(x_total[5m]))').filter((finding) => finding.rule === 'selector-job-matcher')).toEqual([]);
  });

  it('reports each selector without a job matcher', () => {
    expect(lintQuery('rate(x_total{job=~"$job"}[5m]) / rate(y_total[5m])', { rules })).toMatchObject([{ at: 'y_total' }]);
  });

  it('accepts selectors that match job', () => {
    expect(lintQuery('rate(x_total{job=~"$job"}[5m])', { rules })).toEqual([]);
  });
});

describe('selector-instance-matcher', () => {
  const instanceRules = [selectorInstanceMatcher];
  it('is off by default, and reports each selector without an instance matcher', () => {
    expect(selectorInstanceMatcher.enabledByDefault).toBe(false);
    expect(lintQuery('rate(x_total{instance=~"$instance"}[5m]) / rate(y_total{job="a"}[5m])', { rules: instanceRules })).toMatchObject([{ at: 'y_total{job="a"}', suggestion: 'add instance=~"$instance"' }]);
  });
});
