import { z } from 'zod';

/**
 * What Jira tells a dashboard gadget about itself (developer.atlassian.com, jira-dashboard-gadget,
 * "Extension context"): which gadget (the module key), edit or view mode (`entryPoint`), and the
 * configuration its edit mode last submitted. The configuration is checked here, at the boundary:
 * it is whatever was saved, possibly by an older version of the app.
 */
const GADGETS = ['solution-readiness', 'product-balance', 'market-investment'] as const;
export type GadgetKey = (typeof GADGETS)[number];

const gadgetConfig = z.object({
  /** One market's id; absent for all markets. */
  marketId: z.string().min(1).max(100).optional(),
});
export type GadgetConfig = z.infer<typeof gadgetConfig>;

const context = z.object({
  moduleKey: z.enum(GADGETS, { error: 'This gadget is not one Market Layer knows' }),
  extension: z.object({
    entryPoint: z.string().optional(),
    gadgetConfiguration: z.unknown().optional(),
  }),
});

export interface GadgetContext {
  gadget: GadgetKey;
  editing: boolean;
  config: GadgetConfig;
}

/** A configuration that no longer parses is treated as none (all markets), never as an error. */
export function parseGadgetContext(raw: unknown): GadgetContext {
  const parsed = context.parse(raw);
  const config = gadgetConfig.safeParse(parsed.extension.gadgetConfiguration ?? {});
  return {
    gadget: parsed.moduleKey,
    editing: parsed.extension.entryPoint === 'edit',
    config: config.success ? { marketId: config.data.marketId } : {},
  };
}

export const GADGET_TITLES: Record<GadgetKey, string> = {
  'solution-readiness': 'Solution readiness',
  'product-balance': 'Product balance',
  'market-investment': 'Investment by market',
};
