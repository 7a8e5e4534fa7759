/**
 * The dashboard's gadgets and their configurations, kept the way Jira keeps them for a Forge
 * gadget: per gadget on a dashboard, whatever its edit mode last `view.submit`ted, shared by every
 * viewer of the dashboard. In memory: a restart starts with unconfigured gadgets.
 */
import type { ManifestModule } from '../runtime/manifest';

export const DASHBOARD_ID = '10000';

export interface DashboardGadget {
  id: string;
  moduleKey: string;
  resource: string | undefined;
  title: string;
}

/** The host's one dashboard: one of each of the app's jira:dashboardGadget modules, in manifest order. */
export function dashboardGadgets(modules: readonly ManifestModule[]): DashboardGadget[] {
  return modules
    .filter((m) => m.type === 'jira:dashboardGadget')
    .map((m, i) => ({
      id: String(10100 + i),
      moduleKey: m.key,
      resource: m.resource,
      title: String(m.raw.title),
    }));
}

/** Forge's own limit on a submitted payload is not published; a gadget's settings are small. */
const MAX_CONFIG_BYTES = 16 * 1024;

export class GadgetConfigurations {
  private readonly configs = new Map<string, Record<string, unknown>>();

  constructor(private readonly gadgets: readonly DashboardGadget[]) {}

  get(gadgetId: string): Record<string, unknown> {
    return this.configs.get(gadgetId) ?? {};
  }

  /** A string saying what is wrong, or null when stored. */
  set(gadgetId: string, config: unknown): string | null {
    if (!this.gadgets.some((g) => g.id === gadgetId)) return `No gadget ${gadgetId} on this dashboard`;
    if (config === null || typeof config !== 'object' || Array.isArray(config))
      return 'A gadget configuration is a JSON object';
    if (JSON.stringify(config).length > MAX_CONFIG_BYTES)
      return `A gadget configuration is at most ${MAX_CONFIG_BYTES / 1024} KB here`;
    this.configs.set(gadgetId, config as Record<string, unknown>);
    return null;
  }
}
