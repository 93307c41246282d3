import type * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import type * as resource from '@grafana/grafana-foundation-sdk/resource';
import type { DashboardDefinition } from '../builder/model.ts';
import { type GrafanaLine, newestGrafanaLine } from '../grafana-versions/versions.ts';
import type { NamingProfile } from '../naming/profiles.ts';
import { compileClassic } from './classic.ts';
import { prepareDashboard } from './prepare.ts';
import { compileV2 } from './v2.ts';

export interface CompiledDashboard {
  readonly definition: DashboardDefinition;
  /** The Grafana line both outputs are written for. */
  readonly grafana: GrafanaLine;
  /** Classic JSON (the line's schemaVersion), which Grafana's file provisioning loads. */
  readonly classic: dashboard.Dashboard;
  /** A Dashboard resource with tabs for the line's v2 API (v2beta1 or v2); undefined where the line has none. */
  readonly v2: resource.Manifest | undefined;
}

/** Compiles a definition into both Grafana formats; throws CompileError naming the dashboard and panel. */
export function compileDashboard(
  definition: DashboardDefinition,
  profile: NamingProfile,
  grafana: GrafanaLine = newestGrafanaLine,
): CompiledDashboard {
  const prepared = prepareDashboard(definition, profile, grafana);
  return { definition, grafana, classic: compileClassic(definition, prepared), v2: compileV2(definition, prepared) };
}
