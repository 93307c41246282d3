import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub, formatText, type PlacedFinding, summarize } from '../../src/lint/formats.ts';
import type { Finding } from '../../src/lint/run.ts';

const base: Finding = { file: 'd.json', rule: 'some-rule', severity: 'warning', message: 'm' };
const placed = (finding: Partial<Finding>, query?: string): PlacedFinding => ({ finding: { ...base, ...finding }, query, fileLine: 3, fileColumn: 7 });

describe('github annotations', () => {
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('dir,x/a:b%.json')).toBe('dir%2Cx/a%3Ab%25.json');
  });

  it('maps severities to error, warning and notice commands', () => {
    const output = formatGithub([
      placed({ severity: 'error', file: 'a,b:c.json' }),
      placed({ severity: 'warning', message: 'two\nlines' }),
      placed({ severity: 'info', panel: 'P', refId: 'B', suggestion: '100%' }),
    ]);
    expect(output).toBe(
      [
        '::error file=a%2Cb%3Ac.json,line=3,col=7,title=some-rule::m',
        '::warning file=d.json,line=3,col=7,title=some-rule::two%0Alines',
        '::notice file=d.json,line=3,col=7,title=some-rule::panel "P" (refId B): m%0A100%25',
        '',
      ].join('\n'),
    );
  });
});

describe('text output', () => {
  it('prints dashboard-wide findings without a panel, and counts in the summary', () => {
    const findings = [placed({ severity: 'error' }), placed({ severity: 'info', panel: 'P' })];
    expect(formatText(findings, summarize({ files: 2, dashboards: 2, ruleFiles: 0, queries: 5 }, findings.map((entry) => entry.finding)))).toBe(
      'd.json: some-rule: m\nd.json: panel "P": some-rule: m\n2 files, 2 dashboards, 5 queries: 1 error, 0 warnings\n',
    );
  });

  it('colours the rule id by severity only when asked', () => {
    const findings = [placed({ severity: 'error' }), placed({ severity: 'warning' })];
    const summary = summarize({ files: 1, dashboards: 1, ruleFiles: 0, queries: 1 }, findings.map((entry) => entry.finding));
    expect(formatText(findings, summary, true).split('\n').slice(0, 2)).toEqual([
      'd.json: \x1b[31msome-rule\x1b[0m: m',
      'd.json: \x1b[33msome-rule\x1b[0m: m',
    ]);
    expect(formatText(findings, summary)).not.toContain('\x1b');
  });

  it('shows the right line of a multi-line query, keeps tabs under the caret, and cuts long lines around it', () => {
    const multiLine = formatText([placed({ panel: 'P', refId: 'A', line: 2, column: 3 }, 'sum(\n\tx + y\n)')], summarize({ files: 1, dashboards: 1, ruleFiles: 0, queries: 1 }, []));
    expect(multiLine.split('\n').slice(1, 3)).toEqual(['    \tx + y', '    \t ^']);
    const long = `${'a'.repeat(300)}BAD${'b'.repeat(300)}`;
    const [, excerpt, caret] = formatText([placed({ panel: 'P', line: 1, column: 301 }, long)], summarize({ files: 1, dashboards: 1, ruleFiles: 0, queries: 1 }, [])).split('\n');
    expect(excerpt.length).toBeLessThan(120);
    expect(excerpt[caret.length - 1]).toBe('B');
  });
});

describe('control characters from the input', () => {
  const evil = placed({ panel: 'Red \u001b[31m', message: 'bell \u0007', suggestion: 'csi \u009b2J', file: 'x\u001b.json', refId: 'A', line: 1, column: 9 }, 'up{a="\u001b[2J"} + x');

  it('are escaped in text, with the caret still under its character', () => {
    const text = formatText([evil], summarize({ files: 1, dashboards: 1, ruleFiles: 0, queries: 1 }, [evil.finding]));
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('x\\x1b.json: panel "Red \\x1b[31m" (refId A): some-rule: bell \\x07');
    expect(text).toContain('suggestion: csi \\x9b2J');
    const [, excerpt, caret] = text.split('\n');
    expect(excerpt![caret!.indexOf('^')]).toBe('2');
  });

  it('are escaped in GitHub annotations, whose own line breaks stay %0A', () => {
    const annotation = formatGithub([evil]);
    expect(annotation).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(annotation).toBe('::warning file=x\\x1b.json,line=3,col=7,title=some-rule::panel "Red \\x1b[31m" (refId A): bell \\x07%0Acsi \\x9b2J\n');
  });
});
