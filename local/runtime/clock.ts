/**
 * The local runtime's clock. Emulators read the time from it (KVS timestamps and TTL, async event
 * delays, retries, rate windows, function time limits), so a test can move time forward instead of
 * waiting: `clock.advance(60_000)` wakes every sleep that ends within that minute.
 *
 * By default time flows with the real clock (the `npm start` host); `new Clock({ frozenAt })` stands
 * still until advanced, so tests see exact times.
 */
export class Clock {
  private offset = 0;
  private readonly frozenAt: number | undefined;
  private sleepers: { until: number; wake: () => void }[] = [];

  constructor(options: { frozenAt?: number } = {}) {
    this.frozenAt = options.frozenAt;
  }

  now(): number {
    return (this.frozenAt ?? Date.now()) + this.offset;
  }

  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`The clock only moves forward (advance(${ms}))`);
    this.offset += ms;
    const now = this.now();
    const due = this.sleepers.filter((s) => s.until <= now);
    this.sleepers = this.sleepers.filter((s) => s.until > now);
    for (const sleeper of due) sleeper.wake();
  }

  /** Moves the clock to `time` (epoch ms) if that is later than now. */
  advanceTo(time: number): void {
    const ahead = time - this.now();
    if (ahead > 0) this.advance(ahead);
  }

  /**
   * Resolves once `ms` of this clock's time has passed: when the real time has (unless frozen) or
   * when `advance` gets there, whichever comes first. An aborted sleep never resolves and holds no timer.
   */
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const sleeper = { until: this.now() + ms, wake: () => finish() };
      let timer: NodeJS.Timeout | undefined;
      const forget = () => {
        if (timer) clearTimeout(timer);
        this.sleepers = this.sleepers.filter((s) => s !== sleeper);
      };
      const finish = () => {
        forget();
        signal?.removeEventListener('abort', forget);
        resolve();
      };
      if (signal?.aborted) return;
      if (ms <= 0) return finish();
      this.sleepers.push(sleeper);
      if (this.frozenAt === undefined) timer = setTimeout(finish, ms).unref();
      signal?.addEventListener('abort', forget, { once: true });
    });
  }

  /** How many sleeps are waiting (e.g. a consumer's time limit, once its invocation has started). */
  get sleeping(): number {
    return this.sleepers.length;
  }

  /** Resolves once at least `count` sleeps are waiting, so a test moves time only after work has begun. */
  async untilSleeping(count = 1): Promise<void> {
    for (let turns = 0; this.sleepers.length < count; turns += 1) {
      if (turns > 10_000) throw new Error(`Nothing started sleeping on the clock (wanted ${count})`);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}
