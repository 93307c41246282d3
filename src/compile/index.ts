import type * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import type * as resource from '@grafana/grafana-foundation-sdk/resource';
import type { DashboardDefinition } from '../builder/model.ts';
import type { NamingProfile } from '../naming/profiles.ts';
import { compileClassic } from './classic.ts';
import { prepareDashboard } from './prepare.ts';
import { compileV2 } from './v2.ts';

export interface CompiledDashboard {
  readonly definition: DashboardDefinition;
  /** Classic JSON (schemaVersion 42), which Grafana's file provisioning loads. */
  readonly classic: dashboard.Dashboard;
  /** A `dashboard.grafana.app/v2beta1` Dashboard resource with tabs. */
  readonly v2: resource.Manifest;
}

/** Compiles a definition into both Grafana formats; throws CompileError naming the dashboard and panel. */
export function compileDashboard(definition: DashboardDefinition, profile: NamingProfile): CompiledDashboard {
  const prepared = prepareDashboard(definition, profile);
  return { definition, classic: compileClassic(definition, prepared), v2: compileV2(definition, prepared) };
}
