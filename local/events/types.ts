/** What a push carries per event (`PushEvent` of @forge/events). */
export interface PushedEvent {
  body: Record<string, unknown>;
  delayInSeconds?: number;
  concurrency?: { key: string; limit: number };
}

/** `RetryContext` of @forge/events: present on every delivery after the first. */
interface RetryContext {
  retryCount: number;
  retryReason: string;
  retryData: unknown;
  retentionWindow: { startTime: string; remainingTimeMs: number };
}

/** What a consumer function receives: `AsyncEvent` of @forge/events. */
export interface AsyncEvent extends PushedEvent {
  queueName: string;
  jobId: string;
  eventId: string;
  retryContext?: RetryContext;
}

/** An event waiting in a queue (or running), with what the emulator needs to deliver it. */
export interface QueuedEvent {
  event: PushedEvent;
  queueName: string;
  jobId: string;
  eventId: string;
  /** When the push was accepted: the retention window starts here. */
  enqueuedAt: number;
  /** When the event may be delivered next (after its delay, or its retry's wait). */
  dueAt: number;
  /** The invocation chain it belongs to, for the cyclic invocation limit. */
  originId: string;
  /** The retry context of the next delivery (absent before the first retry). */
  retry?: { retryCount: number; retryReason: string; retryData: unknown };
  /** Order of arrival, so events due at the same time go first in, first out. */
  seq: number;
}

/** A `consumer` module of manifest.yml, with the time limit of the function it runs. */
export interface ConsumerDeclaration {
  key: string;
  queue: string;
  /** The function key (`function:` or `resolver.function`). */
  functionKey: string;
  /** `resolver.method` for a 1.x resolver-based consumer; absent for the current function-based one. */
  method?: string;
  /** `timeoutSeconds` of the function; defaults to 55. */
  timeoutSeconds: number;
}

/** The answer `getStats()` reads. */
export interface JobStats {
  success: number;
  inProgress: number;
  failed: number;
}

/** The clock the emulator reads time from (local/runtime/clock.ts). */
export interface EventsClock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  advanceTo(time: number): void;
}
