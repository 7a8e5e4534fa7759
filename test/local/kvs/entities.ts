/** Entity declarations the KVS conformance tests run against, as a manifest would declare them. */
import type { EntityDeclaration } from '../../../local/kvs';

export interface Employee {
  surname?: string;
  team?: string;
  age?: number;
  rating?: number;
  active?: boolean;
  employmentyear?: number;
  tags?: unknown;
}

export const TEST_ENTITIES: EntityDeclaration[] = [
  {
    name: 'employee',
    attributes: {
      surname: { type: 'string' },
      team: { type: 'string' },
      age: { type: 'integer' },
      rating: { type: 'float' },
      active: { type: 'boolean' },
      employmentyear: { type: 'integer' },
      tags: { type: 'any' },
    },
    indexes: [
      'surname',
      { name: 'by-team-age', partition: ['team'], range: ['age'] },
      { name: 'by-team-active-year', partition: ['team', 'active'], range: ['employmentyear'] },
    ],
  },
];
