import type { ResolverError as ResolverErrorType } from '../../../static/shared/client/ResolverError';

// @forge/bridge reads globalThis.__bridge when it loads, as it does inside Jira's iframe, so the
// stand-in host answers are installed before the client module is imported.
type Answer = (name: string, payload: { functionKey: string; payload: unknown }) => Promise<unknown>;
let answer: Answer = async () => undefined;
const calls: { functionKey: string; payload: unknown }[] = [];
(globalThis as { __bridge?: unknown }).__bridge = {
  callBridge: (name: string, payload: { functionKey: string; payload: unknown }) => {
    if (name === 'invoke') calls.push(payload);
    return answer(name, payload);
  },
};

async function client() {
  const [{ invoke }, { ResolverError }] = await Promise.all([
    import('../../../static/shared/client/invoke'),
    import('../../../static/shared/client/ResolverError'),
  ]);
  return { invoke, ResolverError };
}

async function failure(promise: Promise<unknown>): Promise<ResolverErrorType> {
  try {
    await promise;
  } catch (thrown) {
    return thrown as ResolverErrorType;
  }
  throw new Error('expected the call to fail');
}

test('a successful read hands back the data inside the envelope, sent under the resolver key', async () => {
  const { invoke } = await client();
  answer = async () => ({ ok: true, data: [{ id: '1', key: 'BILL-1' }] });
  await expect(invoke('epics.search', { text: 'tax' })).resolves.toEqual([{ id: '1', key: 'BILL-1' }]);
  expect(calls.at(-1)).toMatchObject({ functionKey: 'epics.search', payload: { text: 'tax' } });
});

test('a refused delete surfaces as a ResolverError carrying the dependents to explain', async () => {
  const { invoke, ResolverError } = await client();
  const dependents = [{ type: 'priority', id: 'pri_abcdef', name: 'Close faster' }];
  answer = async () => ({ ok: false, error: { code: 'CONFLICT', message: 'Still used', dependents } });
  const error = await failure(invoke('market.delete', { id: 'mkt_abcdef', version: 2 }));
  expect(error).toBeInstanceOf(ResolverError);
  expect(error.code).toBe('CONFLICT');
  expect(error.dependents).toEqual(dependents);
  expect(error.isStale).toBe(false);
});

test('a validation failure keeps the message for each field', async () => {
  const { invoke } = await client();
  answer = async () => ({ ok: false, error: { code: 'VALIDATION', message: 'Fix it', fields: { name: 'Enter name' } } });
  const error = await failure(invoke('market.create', { name: ' ', strategicWeight: 3, status: 'target' }));
  expect(error.fields).toEqual({ name: 'Enter name' });
});

test('a stale-version conflict without dependents reads as stale', async () => {
  const { invoke } = await client();
  answer = async () => ({ ok: false, error: { code: 'CONFLICT', message: 'Changed meanwhile' } });
  const error = await failure(invoke('contribution.unlink', { id: 'con_abcdef', version: 1 }));
  expect(error.isStale).toBe(true);
});

test('a bridge failure or an answer without the envelope becomes UNAVAILABLE, never an untyped throw', async () => {
  const { invoke, ResolverError } = await client();
  answer = async () => {
    throw new Error('timed out');
  };
  const lost = await failure(invoke('portfolio.get', {}));
  expect(lost).toBeInstanceOf(ResolverError);
  expect(lost.code).toBe('UNAVAILABLE');
  expect(lost.message).toContain('could not reach its backend');

  answer = async () => 'surprise';
  expect((await failure(invoke('portfolio.get', {}))).code).toBe('UNAVAILABLE');
});
