import { answerWith, invocations } from './stand-in-bridge';
import { invoke } from '../../../static/shared/client/invoke';
import { ResolverError } from '../../../static/shared/client/ResolverError';

async function failure(promise: Promise<unknown>): Promise<ResolverError> {
  try {
    await promise;
  } catch (thrown) {
    return thrown as ResolverError;
  }
  throw new Error('expected the call to fail');
}

test('a successful read hands back the data inside the envelope, sent under the resolver key', async () => {
  answerWith(async () => ({ ok: true, data: [{ id: '1', key: 'BILL-1' }] }));
  await expect(invoke('epics.search', { text: 'tax' })).resolves.toEqual([{ id: '1', key: 'BILL-1' }]);
  expect(invocations.at(-1)).toMatchObject({ functionKey: 'epics.search', payload: { text: 'tax' } });
});

test('a refused delete surfaces as a ResolverError carrying the dependents to explain', async () => {
  const dependents = [{ type: 'priority', id: 'pri_abcdef', name: 'Close faster' }];
  answerWith(async () => ({ ok: false, error: { code: 'CONFLICT', message: 'Still used', dependents } }));
  const error = await failure(invoke('market.delete', { id: 'mkt_abcdef', version: 2 }));
  expect(error).toBeInstanceOf(ResolverError);
  expect(error.code).toBe('CONFLICT');
  expect(error.dependents).toEqual(dependents);
  expect(error.isStale).toBe(false);
});

test('a validation failure keeps the message for each field', async () => {
  answerWith(async () => ({
    ok: false,
    error: { code: 'VALIDATION', message: 'Fix it', fields: { name: 'Enter name' } },
  }));
  const error = await failure(invoke('market.create', { name: ' ', strategicWeight: 3, status: 'target' }));
  expect(error.fields).toEqual({ name: 'Enter name' });
});

test('a stale-version conflict without dependents reads as stale', async () => {
  answerWith(async () => ({ ok: false, error: { code: 'CONFLICT', message: 'Changed meanwhile' } }));
  const error = await failure(invoke('contribution.unlink', { id: 'con_abcdef', version: 1 }));
  expect(error.isStale).toBe(true);
});

test('a bridge failure or an answer without the envelope becomes UNAVAILABLE, never an untyped throw', async () => {
  answerWith(async () => {
    throw new Error('timed out');
  });
  const lost = await failure(invoke('portfolio.get', {}));
  expect(lost).toBeInstanceOf(ResolverError);
  expect(lost.code).toBe('UNAVAILABLE');
  expect(lost.message).toContain('could not reach its backend');

  answerWith(async () => 'surprise');
  expect((await failure(invoke('portfolio.get', {}))).code).toBe('UNAVAILABLE');
});
