import type { EmulatorResponse } from '../types';
import type { JobStore } from './job-store';
import { bytesOf, LIMITS, QUEUE_NAME } from './limits';
import type { RateWindow } from './rate-window';
import type { ConsumerDeclaration, PushedEvent } from './types';

export interface PublishContext {
  store: JobStore;
  consumers: ConsumerDeclaration[];
  rate: RateWindow;
  /** Accepted push requests per invocation chain (the cyclic invocation limit). */
  pushesByOrigin: Map<string, number>;
  now: () => number;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

// Malformed requests: Forge documents no codes for these (the SDK validates first), so 400 with a message.
const badRequest = (message: string): EmulatorResponse => ({
  status: 400,
  body: { code: 'BAD_REQUEST', message },
});

/** Checks one pushed event as the SDK's validators.js does, and the platform must. */
function eventProblem(event: unknown, index: number): string | undefined {
  if (!isObject(event)) return `Event ${index} must be an object.`;
  if (!isObject(event.body)) return `Event ${index}: body must be an object.`;
  const delay = event.delayInSeconds;
  if (delay !== undefined && (typeof delay !== 'number' || !(delay >= 0 && delay <= LIMITS.maxDelaySeconds)))
    return `Event ${index}: the delayInSeconds setting must be between 0 and ${LIMITS.maxDelaySeconds}.`;
  const c = event.concurrency;
  if (
    c !== undefined &&
    !(isObject(c) && typeof c.key === 'string' && Number.isInteger(c.limit) && Number(c.limit) > 0)
  )
    return `Event ${index}: concurrency must be { key: string, limit: positive integer }.`;
  return undefined;
}

/**
 * POST /webhook/queue/publish/…: what `Queue.push()` sends. Answers as the SDK expects
 * (validators.js validatePushAPIResponse): 201 accepted; 413 PayloadTooBigError; 429 RateLimitError;
 * 405 InvocationLimitReachedError; anything else InternalServerError.
 */
export function publish(ctx: PublishContext, body: unknown, originId: string): EmulatorResponse {
  if (!isObject(body)) return badRequest('The request body must be a JSON object.');
  const { queueName, jobId, payload } = body;
  if (typeof queueName !== 'string' || !QUEUE_NAME.test(queueName))
    return badRequest('Queue names can only contain alphanumeric characters, dashes and underscores.');
  if (typeof jobId !== 'string' || jobId === '') return badRequest('jobId must be a non-empty string.');
  if (ctx.store.knowsJobId(jobId)) return badRequest(`The job ${jobId} already exists.`);
  if (!Array.isArray(payload) || payload.length === 0) return badRequest('No events pushed.');
  if (payload.length > LIMITS.eventsPerPush)
    return badRequest(`This push contains more than the ${LIMITS.eventsPerPush} events allowed.`);
  const problem = payload.map(eventProblem).find(Boolean);
  if (problem) return badRequest(problem);
  const events = payload as PushedEvent[];
  if (bytesOf(events) > LIMITS.pushBytes)
    return {
      status: 413,
      body: { errorMessage: `The maximum payload size is ${LIMITS.pushBytes / 1024}KB.` },
    };

  // Forge delivers a queue's events to the consumer declared for it; a queue nobody consumes is a
  // deployment mistake the emulator reports at once rather than dropping events silently.
  const consumer = ctx.consumers.find((c) => c.queue === queueName);
  if (!consumer) return badRequest(`No consumer module in manifest.yml consumes the queue '${queueName}'.`);
  if (
    consumer.timeoutSeconds > LIMITS.longRunningAboveSeconds &&
    events.some((e) => bytesOf(e) > LIMITS.longRunningEventBytes)
  ) {
    return {
      status: 413,
      body: {
        errorMessage: `An event for a function with a timeout above ${LIMITS.longRunningAboveSeconds} seconds may be at most ${LIMITS.longRunningEventBytes / 1024}KB.`,
      },
    };
  }

  const pushes = ctx.pushesByOrigin.get(originId) ?? 0;
  if (pushes >= LIMITS.pushesPerOrigin)
    return { status: 405, body: { message: 'The limit on cyclic invocation has been reached.' } };
  if (!ctx.rate.tryTake(events.length)) return { status: 429, body: { message: 'Too many requests.' } };
  ctx.pushesByOrigin.set(originId, pushes + 1);

  const now = ctx.now();
  ctx.store.addJob(
    events.map((event, index) => ({
      event: structuredClone(event),
      queueName,
      jobId,
      eventId: `${jobId}-${index}`,
      enqueuedAt: now,
      dueAt: now + (event.delayInSeconds ?? 0) * 1000,
      originId,
    })),
  );
  return { status: 201, body: { jobId } };
}
