/**
 * Events pushed in the last minute, per installation: a push that would take the count above the
 * limit is refused whole (Forge answers 429; the SDK throws RateLimitError, and Forge's advice is to
 * "retry adding events after a minute"). https://developer.atlassian.com/platform/forge/limits-async-events/
 */
export class RateWindow {
  private accepted: { at: number; count: number }[] = [];

  constructor(
    private readonly limit: number,
    private readonly now: () => number,
    private readonly windowMs = 60_000,
  ) {}

  /** Counts `count` events now if the window has room for them all. */
  tryTake(count: number): boolean {
    const now = this.now();
    this.accepted = this.accepted.filter((a) => a.at > now - this.windowMs);
    const used = this.accepted.reduce((sum, a) => sum + a.count, 0);
    if (used + count > this.limit) return false;
    this.accepted.push({ at: now, count });
    return true;
  }
}
