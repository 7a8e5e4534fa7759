import { backoffSeconds, bytesOf, LIMITS } from './limits';

/** How one delivery ended, seen from outside the consumer. */
export type Attempt =
  | { kind: 'returned'; value: unknown }
  | { kind: 'threw'; error: unknown }
  | { kind: 'timed-out'; seconds: number };

/** What the platform does next with the event. */
export type Verdict =
  | { kind: 'success' }
  | { kind: 'retry'; afterSeconds: number; reason: string; data: unknown; message: string }
  | { kind: 'failed'; reason: string; message: string };

// InvocationErrorCode of @forge/events (invocationErrorCode.js).
const RETRY_REQUEST = 'FUNCTION_RETRY_REQUEST';
const TIME_OUT = 'FUNCTION_TIME_OUT';
// Forge names no reason for an uncaught exception; of the SDK's codes only this one fits.
const UNKNOWN_ERROR = 'FUNCTION_PLATFORM_UNKNOWN_ERROR';

interface RetryOptions {
  retryAfter?: unknown;
  retryReason?: unknown;
  retryData?: unknown;
}

/**
 * A consumer asks for a retry by returning `new InvocationError(options)` (whose constructor returns
 * `{_retry: true, retryOptions}`) or, in 1.x, a `QueueResponse` after `.retry()` (`{_retry: true}`).
 */
function retryRequest(value: unknown): RetryOptions | undefined {
  if (typeof value !== 'object' || value === null || (value as { _retry?: unknown })._retry !== true)
    return undefined;
  return ((value as { retryOptions?: RetryOptions }).retryOptions ?? {}) as RetryOptions;
}

const messageOf = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/**
 * Judges a delivery as Forge does (async-events-api#retries): success unless the consumer asked for
 * a retry, threw, or ran past its time limit; app-level errors are retried with backoff.
 * `retryCount` is how many retries the event has had before this delivery.
 */
export function judge(attempt: Attempt, retryCount: number): Verdict {
  if (attempt.kind === 'threw') {
    return {
      kind: 'retry',
      afterSeconds: backoffSeconds(retryCount + 1),
      reason: UNKNOWN_ERROR,
      data: undefined,
      message: messageOf(attempt.error),
    };
  }
  if (attempt.kind === 'timed-out') {
    return {
      kind: 'retry',
      afterSeconds: backoffSeconds(retryCount + 1),
      reason: TIME_OUT,
      data: undefined,
      message: `The function ran longer than its ${attempt.seconds} s limit (timeoutSeconds)`,
    };
  }
  const options = retryRequest(attempt.value);
  if (!options) return { kind: 'success' };
  // "The maximum retryData size is 4KB" (RetryOptions reference); a larger one cannot be carried.
  if (options.retryData !== undefined && bytesOf(options.retryData) > LIMITS.retryDataBytes) {
    return {
      kind: 'failed',
      reason: 'RETRY_DATA_TOO_LARGE',
      message: `retryData is ${bytesOf(options.retryData)} bytes; Forge carries at most ${LIMITS.retryDataBytes}`,
    };
  }
  const requested = typeof options.retryAfter === 'number' ? options.retryAfter : 1;
  return {
    kind: 'retry',
    // The SDK raises values ≤ 0 to 1; the platform lowers values above 900 to 900.
    afterSeconds: Math.min(Math.max(requested, 1), LIMITS.maxRetryAfterSeconds),
    reason: typeof options.retryReason === 'string' ? options.retryReason : RETRY_REQUEST,
    data: options.retryData,
    message: 'The consumer asked for a retry (InvocationError)',
  };
}
