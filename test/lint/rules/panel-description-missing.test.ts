import { describe, expect, it } from 'vitest';
import { panelDescriptionMissing } from '../../../src/lint/rules/panel-description-missing.ts';
import { lintDashboard } from '../../../src/lint/run.ts';
import { panel, read, v1 } from '../fixtures.ts';

const lint = (document: unknown) => lintDashboard(read(document), { rules: [panelDescriptionMissing] });

describe('panel-description-missing', () => {
  it('reports data panels without a description, or with a blank one', () => {
    const document = v1([panel(1, 'up', { description: undefined }), panel(2, 'up', { description: '  ' })]);
    expect(lint(document).map((finding) => [finding.panel, finding.severity])).toEqual([
      ['Panel 1', 'warning'],
      ['Panel 2', 'warning'],
    ]);
  });

  it('accepts described panels, panels without queries, and text and list panels', () => {
    const document = v1([
      panel(1, 'up'),
      { id: 2, type: 'text', title: 'Read me', options: { content: 'hi' } },
      panel(3, '', { type: 'dashlist', description: undefined }),
    ]);
    expect(lint(document)).toEqual([]);
  });
});
