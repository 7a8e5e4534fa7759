/** The market a gadget is configured for: none (all markets), or one, with its name once known. */
export interface Scope {
  marketId?: string;
  /** Null when the configured market no longer exists. */
  marketName?: string | null;
}
