import type { DashboardInfo, PanelInfo } from '../dashboard/model.ts';

export type DashboardStatus = 'added' | 'removed' | 'changed' | 'unchanged';

export type ChangeKind = 'added' | 'removed' | 'moved' | 'renamed' | 'changed';

/** What a change is about. Panel changes name the panel; the others leave `panel` out. */
export type ChangeSubject = 'panel' | 'tab' | 'variable' | 'settings';

/** One field that differs, with both values as read (undefined when absent on that side). */
export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
  /** Set for PromQL expressions, which renderers pretty-print with the changed tokens marked. */
  readonly promql?: boolean;
}

export interface Change {
  readonly kind: ChangeKind;
  readonly subject: ChangeSubject;
  /** Panel title: the new one, or the old one for a removed panel. */
  readonly panel?: string;
  /** Tab (v2) or row (v1) the panel, tab or variable is in; the old one for a removed panel. */
  readonly tab?: string;
  /**
   * Names of what changed: panel fields (`unit`, `query.A`, `options.legend.displayMode`) for `changed`,
   * `title` for `renamed`, `tab` or `order` for `moved`; `variables.<name>[.<field>]`, `settings.<field>`, `tab`.
   */
  readonly fields: readonly string[];
  readonly details: readonly FieldChange[];
  readonly before?: PanelInfo;
  readonly after?: PanelInfo;
}

export interface DashboardDiff {
  readonly file: string;
  readonly uid?: string;
  readonly title: string;
  readonly status: DashboardStatus;
  readonly changes: readonly Change[];
  readonly before?: DashboardInfo;
  readonly after?: DashboardInfo;
}
