import { id } from '../../../src/contract';
import { ID_PREFIXES, newId } from '../../../src/domain';

describe('newId', () => {
  it('turns a UUID into an id the contract accepts', () => {
    const made = newId('sol', () => '3f2c9a1e-7b4d-4c2a-9e8f-0a1b2c3d4e5f');
    expect(made).toBe('sol_3f2c9a1e7b4d4c2a9e8f0a1b2c3d4e5f');
    expect(id.safeParse(made).success).toBe(true);
  });

  it('makes valid ids for every prefix', () => {
    for (const prefix of ID_PREFIXES) {
      expect(id.safeParse(newId(prefix, () => 'abcDEF123')).success).toBe(true);
    }
  });

  it('cuts the random part to 40 characters', () => {
    expect(newId('con', () => 'x'.repeat(60))).toBe(`con_${'x'.repeat(40)}`);
    expect(id.safeParse(newId('con', () => 'x'.repeat(60))).success).toBe(true);
  });

  it('refuses randomness too short to be unique', () => {
    expect(() => newId('mkt', () => 'ab-c-d')).toThrow('at least 6');
  });
});
