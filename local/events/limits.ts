/**
 * Forge's async events limits, per installation, as the platform enforces them.
 * https://developer.atlassian.com/platform/forge/limits-async-events/
 * https://developer.atlassian.com/platform/forge/runtime-reference/async-events-api/
 */
export const LIMITS = {
  /** "Event per request: 50". */
  eventsPerPush: 50,
  /** "Payload size: 200 KB, maximum combined payload size of events in single request" (the SDK counts KB of 1024 bytes). */
  pushBytes: 200 * 1024,
  /** "Event per minute: 500, maximum number of events pushed in one minute". */
  eventsPerMinute: 500,
  /** "The events processing can be delayed up to 15 minutes using the delayInSeconds setting." */
  maxDelaySeconds: 900,
  /** "Retry data size: 4 KB". */
  retryDataBytes: 4 * 1024,
  /** "Payload size for long running functions: 100 KB, maximum size of an individual event" (timeout > 55 s). */
  longRunningEventBytes: 100 * 1024,
  /** A consumer whose function declares a longer `timeoutSeconds` than this is "long running". */
  longRunningAboveSeconds: 55,
  /**
   * "Cyclic invocation limit: 1000 ... the total number of async event push requests that can be made
   * across all handlers originating from a single initial function invocation".
   */
  pushesPerOrigin: 1000,
  /** RetryOptions.retryAfter: "Any retryAfter values exceeding this limit are lowered to 900 seconds." */
  maxRetryAfterSeconds: 900,
  /** "[The retention window] begins when the Async Event is successfully enqueued and lasts for 24 hours." */
  retentionMs: 24 * 60 * 60 * 1000,
  /** Function module `timeoutSeconds`: async consumers run 55 s by default, up to 900 s. */
  defaultTimeoutSeconds: 55,
  maxTimeoutSeconds: 900,
} as const;

/** The queue name the SDK (validators.js) and the manifest schema (ConsumerQueue) accept. */
export const QUEUE_NAME = /^[a-zA-Z0-9-_]+$/;

/**
 * Automatic retries after an app-level error (an exception, a time-out) back off exponentially
 * "with intervals reaching up to approximately 15 minutes" (async-events-api#retries). Forge does
 * not publish the schedule; the emulator waits 1, 2, 4, 8 minutes, then 15 minutes each time.
 */
export function backoffSeconds(retryCount: number): number {
  return Math.min(60 * 2 ** Math.max(0, retryCount - 1), 900);
}

export const bytesOf = (value: unknown): number => Buffer.byteLength(JSON.stringify(value) ?? '');
