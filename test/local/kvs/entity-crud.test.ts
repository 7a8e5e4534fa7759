import { kvs, MetadataField } from '@forge/kvs';
import { entitiesFromManifest } from '../../../local/kvs';
import { installKvs, kvsError, type InstalledKvs } from './install-kvs';
import type { Employee } from './entities';

// https://developer.atlassian.com/platform/forge/storage-reference/handling-errors-customentities
let installed: InstalledKvs;
beforeEach(() => (installed = installKvs()));
afterEach(() => installed.uninstall());
const employees = () => kvs.entity<Employee>('employee');

describe('custom entity get / set / delete', () => {
  it('round-trips a value with every attribute type', async () => {
    const value = {
      surname: 'Davis',
      team: 'core',
      age: 30,
      rating: 4.5,
      active: true,
      employmentyear: 2022,
      tags: ['a', { b: 1 }],
    };
    await employees().set('e1', value);
    expect(await employees().get('e1')).toEqual(value);
    expect(installed.emulator.dump().entities).toEqual({
      employee: { e1: { value, createdAt: installed.clock.now, updatedAt: installed.clock.now } },
    });
  });

  it('returns metadata, answers undefined when missing, and deletes', async () => {
    await employees().set('e1', { surname: 'Scott' });
    expect(await employees().get('e1', { metadataFields: [MetadataField.CREATED_AT] })).toEqual({
      key: 'e1',
      value: { surname: 'Scott' },
      createdAt: installed.clock.now,
    });
    await employees().delete('e1');
    expect(await employees().get('e1')).toBeUndefined();
    expect(await employees().get('never')).toBeUndefined();
  });

  it('keeps entity keys apart from plain keys of the same name', async () => {
    await kvs.set('e1', 'plain');
    await employees().set('e1', { surname: 'Entity' });
    expect(await kvs.get('e1')).toBe('plain');
    expect(await employees().get('e1')).toEqual({ surname: 'Entity' });
  });
});

describe('entity value types (INVALID_ENTITY_VALUE)', () => {
  it.each([
    ['a string for an integer', { age: '30' }],
    ['a fraction for an integer', { age: 30.5 }],
    ['an integer beyond 32 bits', { age: 2 ** 31 }],
    ['a number for a string', { surname: 7 }],
    ['a string for a boolean', { active: 'yes' }],
    ['a float beyond Forge range', { rating: 1e130 }],
    ['null for a typed attribute', { surname: null }],
    ['an undeclared attribute', { salary: 100 }],
  ])('rejects %s and writes nothing', async (_label, value) => {
    const error = await kvsError(employees().set('e1', value as Employee));
    expect(error.code).toBe('INVALID_ENTITY_VALUE');
    expect(installed.emulator.dump()).toEqual({ kv: {}, secrets: {}, entities: {} });
  });

  it('rejects a value that is not an object', async () => {
    expect((await kvsError(kvs.entity('employee').set('e1', 'just text'))).code).toBe('INVALID_ENTITY_VALUE');
  });
});

describe('entity names and keys', () => {
  it.each([
    ['ab', 'ENTITY_TYPE_TOO_SHORT'],
    ['e'.repeat(61), 'ENTITY_TYPE_TOO_LARGE'],
    ['Employee', 'INVALID_ENTITY_TYPE'],
    ['.employee', 'INVALID_ENTITY_TYPE'],
    ['not-declared', 'INVALID_ENTITY_TYPE'],
  ])('rejects entity %j with %s', async (name, code) => {
    expect((await kvsError(kvs.entity(name).set('k', { surname: 'x' }))).code).toBe(code);
  });

  it('answers EMPTY_KEY for an empty entity key', async () => {
    expect((await kvsError(employees().set('', { surname: 'x' }))).code).toBe('EMPTY_KEY');
  });
});

describe('entitiesFromManifest', () => {
  it('reads app.storage.entities with string and named indexes', () => {
    const manifest = `
app:
  id: ari:cloud:ecosystem::app/x
  storage:
    entities:
      - name: market
        attributes:
          name: { type: string }
          weight: { type: integer }
          status: { type: string }
        indexes:
          - name
          - name: by-status-weight
            partition: [status]
            range: [weight]
modules: {}
`;
    expect(entitiesFromManifest(manifest)).toEqual([
      {
        name: 'market',
        attributes: { name: { type: 'string' }, weight: { type: 'integer' }, status: { type: 'string' } },
        indexes: ['name', { name: 'by-status-weight', partition: ['status'], range: ['weight'] }],
      },
    ]);
  });

  it('answers no entities for a manifest without storage', () => {
    expect(entitiesFromManifest('app:\n  id: x\n')).toEqual([]);
  });
});
