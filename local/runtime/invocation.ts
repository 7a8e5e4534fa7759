import { AsyncLocalStorage } from 'node:async_hooks';

/** What the hosted runtime knows about the invocation in progress. */
export interface Invocation {
  invocationId: string;
  functionKey: string;
  moduleKey: string;
  /** The user the invocation runs for; undefined for app-initiated work (triggers, schedules). */
  accountId?: string;
  /**
   * The invocation that started the chain this one belongs to: itself, or for an async event
   * consumer, the invocation whose push led here. Forge's cyclic invocation limit counts per chain.
   * Absent = the invocation started its own chain.
   */
  originId?: string;
}

/**
 * Forge runs each invocation in its own sandbox, so `asUser()` and `__forge_runtime__` always
 * mean the current caller. Here several invocations share a process, so the current one travels
 * with the async call chain instead.
 */
const current = new AsyncLocalStorage<Invocation>();

export function runInInvocation<T>(invocation: Invocation, fn: () => Promise<T>): Promise<T> {
  return current.run(invocation, fn);
}

export function currentInvocation(): Invocation | undefined {
  return current.getStore();
}
