import type { JobStore } from './job-store';
import { LIMITS } from './limits';
import type { AsyncEvent, ConsumerDeclaration, EventsClock, QueuedEvent } from './types';
import { judge, type Attempt } from './verdict';

/** Runs a consumer's function with the event Forge gives it; resolves to what the handler returned. */
export type Consume = (
  consumer: ConsumerDeclaration,
  event: AsyncEvent,
  originId: string,
) => Promise<unknown>;

/** A delivery that did not succeed: retried later, or given up. */
export interface DeliveryProblem {
  queueName: string;
  jobId: string;
  eventId: string;
  /** Retries the event had had before this delivery. */
  retryCount: number;
  /** `cancelled`: it would have been retried, but its job was cancelled meanwhile. */
  outcome: 'retry' | 'failed' | 'cancelled';
  reason: string;
  message: string;
}

export interface DeliveryReport {
  delivered: number;
  succeeded: number;
  retried: number;
  failed: number;
  problems: DeliveryProblem[];
  /** Each delivery's wall time in ms, in order (benchmarks read the slowest step of a job). */
  durationsMs: number[];
  /**
   * Each delivery's cost, in order, as the runtime's meter counts it (KVS requests, read units and
   * bytes): tests prove a job's steps stay bounded as the data grows. Empty without a meter.
   */
  costs: Record<string, number>[];
}

export interface DeliverOptions {
  /**
   * Also deliver what waits for a later time (delays, retries): move the clock to each next due
   * event instead of returning, until no event waits.
   */
  fastForward?: boolean;
  /**
   * Called after each delivery, outside its measured cost: a test reads what the delivery left
   * (a job's cursor) to tell which part of a job each step was.
   */
  afterEach?: () => void | Promise<void>;
}

interface RunnerDeps {
  store: JobStore;
  consumers: ConsumerDeclaration[];
  clock: EventsClock;
  consume: Consume;
  log?: (line: string) => void;
  /** Running totals (the runtime's KVS counters); a delivery's cost is their change across it. */
  meter?: () => Record<string, number>;
}

/**
 * Delivers queued events one at a time, each under its function's time limit, and applies Forge's
 * retry rules to the outcome. Deliveries never overlap: a second `deliver()` waits for the first.
 */
export class JobRunner {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: RunnerDeps) {}

  deliver(options: DeliverOptions = {}): Promise<DeliveryReport> {
    const run = this.tail.then(() => this.drain(options));
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async drain(options: DeliverOptions): Promise<DeliveryReport> {
    const { store, clock } = this.deps;
    const report: DeliveryReport = {
      delivered: 0,
      succeeded: 0,
      retried: 0,
      failed: 0,
      problems: [],
      durationsMs: [],
      costs: [],
    };
    for (;;) {
      const next = store.takeDue(clock.now());
      if (next) {
        await this.runOne(next, report);
        await options.afterEach?.();
        continue;
      }
      const dueAt = options.fastForward ? store.nextDueAt() : undefined;
      if (dueAt === undefined) return report;
      clock.advanceTo(dueAt);
    }
  }

  private async runOne(queued: QueuedEvent, report: DeliveryReport): Promise<void> {
    const { store, clock } = this.deps;
    const consumer = this.deps.consumers.find((c) => c.queue === queued.queueName)!;
    const started = performance.now();
    const before = this.deps.meter?.();
    const attempt = await this.attempt(consumer, this.asyncEvent(queued), queued.originId);
    report.durationsMs.push(performance.now() - started);
    if (before) {
      const after = this.deps.meter!();
      report.costs.push(Object.fromEntries(Object.entries(after).map(([k, v]) => [k, v - (before[k] ?? 0)])));
    }
    const retryCount = queued.retry?.retryCount ?? 0;
    const verdict = judge(attempt, retryCount);
    report.delivered += 1;
    if (verdict.kind === 'success') {
      store.settle(queued, 'success');
      report.succeeded += 1;
      return;
    }
    const problem = { queueName: queued.queueName, jobId: queued.jobId, eventId: queued.eventId, retryCount };
    if (verdict.kind === 'retry') {
      const dueAt = clock.now() + verdict.afterSeconds * 1000;
      // "If the retention window is exceeded due to app level errors, the Async Event is dropped."
      if (dueAt <= queued.enqueuedAt + LIMITS.retentionMs) {
        const retry = { retryCount: retryCount + 1, retryReason: verdict.reason, retryData: verdict.data };
        if (!store.requeue({ ...queued, dueAt, retry })) {
          const message = `${verdict.message}; not retried: its job was cancelled`;
          return this.record(report, { ...problem, outcome: 'cancelled', reason: verdict.reason, message });
        }
        report.retried += 1;
        const message = `${verdict.message}; retry ${retry.retryCount} in ${verdict.afterSeconds} s`;
        this.record(report, { ...problem, outcome: 'retry', reason: verdict.reason, message });
        return;
      }
      verdict.message += '; the 24-hour retention window ends before the next retry, so the event is dropped';
    }
    store.settle(queued, 'failed');
    report.failed += 1;
    this.record(report, { ...problem, outcome: 'failed', reason: verdict.reason, message: verdict.message });
  }

  private record(report: DeliveryReport, problem: DeliveryProblem): void {
    report.problems.push(problem);
    this.deps.log?.(
      `Async event ${problem.eventId} on queue '${problem.queueName}' ${problem.outcome === 'failed' ? 'was given up' : 'failed'}: ${problem.reason} (${problem.message})`,
    );
  }

  /** The `AsyncEvent` of @forge/events for this delivery. */
  private asyncEvent(queued: QueuedEvent): AsyncEvent {
    const retentionEnd = queued.enqueuedAt + LIMITS.retentionMs;
    return {
      ...structuredClone(queued.event),
      queueName: queued.queueName,
      jobId: queued.jobId,
      eventId: queued.eventId,
      ...(queued.retry && {
        retryContext: {
          ...structuredClone(queued.retry),
          retentionWindow: {
            startTime: new Date(queued.enqueuedAt).toISOString(),
            remainingTimeMs: retentionEnd - this.deps.clock.now(),
          },
        },
      }),
    };
  }

  /** Runs the consumer, racing its time limit on the runtime clock. */
  private async attempt(
    consumer: ConsumerDeclaration,
    event: AsyncEvent,
    originId: string,
  ): Promise<Attempt> {
    const limit = new AbortController();
    const seconds = consumer.timeoutSeconds;
    const timedOut = this.deps.clock
      .sleep(seconds * 1000, limit.signal)
      .then((): Attempt => ({ kind: 'timed-out', seconds }));
    const ran = this.deps.consume(consumer, event, originId).then(
      (value): Attempt => ({ kind: 'returned', value }),
      (error: unknown): Attempt => ({ kind: 'threw', error }),
    );
    try {
      return await Promise.race([ran, timedOut]);
    } finally {
      limit.abort();
    }
  }
}
