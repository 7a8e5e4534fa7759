/**
 * Installs the two globals `@forge/kvs` reaches the platform through, routed to a fresh KVS
 * emulator, exactly as the hosted runtime would (node_modules/@forge/kvs/out/index.js): with
 * `__forge_runtime__.kvs.url/host` the SDK sends `{ type: 'kvs' }` plus headers, otherwise the
 * descriptor `{ type: 'kvs', provider: 'app', remote: 'kvs' }`. Answers are real `Response`s.
 */
import { ForgeKvsAPIError } from '@forge/kvs';
import { createKvsEmulator, type EntityDeclaration, type KvsEmulator } from '../../../local/kvs';
import { TEST_ENTITIES } from './entities';

export interface InstalledKvs {
  emulator: KvsEmulator;
  /** Test clock in epoch milliseconds; move it to expire TTLs. */
  clock: { now: number };
  uninstall(): void;
}

type ForgeFetch = (descriptor: { type: string }, path: string, init?: { body?: string }) => Promise<Response>;

export function installKvs(
  entities: EntityDeclaration[] = TEST_ENTITIES,
  filename = ':memory:',
): InstalledKvs {
  const clock = { now: Date.UTC(2026, 0, 1) };
  const emulator = createKvsEmulator({ filename, entities, now: () => clock.now });
  const globals = globalThis as unknown as Record<string, unknown>;
  const previous = { fetch: globals.__forge_fetch__, runtime: globals.__forge_runtime__ };
  const forgeFetch: ForgeFetch = async (descriptor, path, init) => {
    if (descriptor.type !== 'kvs')
      throw new Error(`install-kvs routes only KVS requests, got ${descriptor.type}`);
    const answer = emulator.handle(path, init?.body ? (JSON.parse(init.body) as unknown) : undefined);
    const text = answer.body === undefined || answer.status === 204 ? null : JSON.stringify(answer.body);
    return new Response(text, { status: answer.status, headers: answer.headers });
  };
  globals.__forge_fetch__ = forgeFetch;
  globals.__forge_runtime__ = {
    proxy: { token: 'local-test-token' },
    kvs: { url: 'http://kvs.local', host: 'kvs.local' },
    tracing: { traceId: 'test-trace', spanId: 'test-span' },
  };
  return {
    emulator,
    clock,
    uninstall() {
      globals.__forge_fetch__ = previous.fetch;
      globals.__forge_runtime__ = previous.runtime;
      emulator.close();
    },
  };
}

/** Awaits a rejection and returns it as the SDK's error, so tests can assert on `code`. */
export async function kvsError(promise: Promise<unknown>): Promise<ForgeKvsAPIError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ForgeKvsAPIError) return error;
    throw error;
  }
  throw new Error('Expected the KVS call to fail, but it succeeded');
}
