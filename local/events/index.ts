import { randomUUID } from 'node:crypto';
import type { EmulatorResponse } from '../types';
import { startJobPump, type JobPump } from './job-pump';
import { JobRunner, type Consume, type DeliverOptions, type DeliveryReport } from './job-runner';
import { JobStore } from './job-store';
import { LIMITS } from './limits';
import type { PublishContext } from './publish';
import { RateWindow } from './rate-window';
import { route } from './router';
import type { ConsumerDeclaration, EventsClock, QueuedEvent } from './types';

export { isEventsPath } from './router';
export { LIMITS } from './limits';
export type { DeliverOptions } from './job-runner';
export type { JobPump } from './job-pump';
export type { AsyncEvent, ConsumerDeclaration } from './types';

export interface EventsEmulatorOptions {
  /** The `consumer` modules of manifest.yml. */
  consumers: ConsumerDeclaration[];
  clock: EventsClock;
  /** Invokes a consumer's function (the runtime's HandlerInvoker). */
  consume: Consume;
  /** Events a minute per installation; Forge's limit (500) unless a test or the host says otherwise. */
  eventsPerMinute?: number;
  /** Where failed deliveries are reported (the host prints them); silent by default. */
  log?: (line: string) => void;
  /** Running totals each delivery's cost is measured by (`DeliveryReport.costs`). */
  meter?: () => Record<string, number>;
}

export interface EventsEmulator {
  /** Answers `/webhook/queue/*` requests; `originId` is the invocation chain the push comes from. */
  handle(path: string, body: unknown, caller: { originId?: string }): EmulatorResponse;
  /** Delivers every event due now, and what those deliveries push, until nothing is due. */
  deliver(options?: DeliverOptions): Promise<DeliveryReport>;
  /** The events waiting (delayed, queued, or waiting for a retry), soonest first. */
  pending(): QueuedEvent[];
  /** Delivers in the background until stopped. */
  startPump(): JobPump;
}

/**
 * Forge's async events queue for one installation: the requests of `@forge/events` (push, job
 * stats, cancel) with Forge's limits, and delivery to the consumer modules with Forge's retries.
 */
export function createEventsEmulator(options: EventsEmulatorOptions): EventsEmulator {
  const { clock, consumers } = options;
  const store = new JobStore();
  const ctx: PublishContext = {
    store,
    consumers,
    rate: new RateWindow(options.eventsPerMinute ?? LIMITS.eventsPerMinute, () => clock.now()),
    pushesByOrigin: new Map(),
    now: () => clock.now(),
  };
  const runner = new JobRunner({
    store,
    consumers,
    clock,
    consume: options.consume,
    log: options.log,
    meter: options.meter,
  });
  return {
    // A push from outside any invocation (a test, a script) starts its own chain.
    handle: (path, body, caller) => route(ctx, path, body, caller.originId ?? `outside-${randomUUID()}`),
    deliver: (deliverOptions) => runner.deliver(deliverOptions),
    pending: () => store.pending(),
    startPump: () => startJobPump(runner, store, clock, options.log),
  };
}
