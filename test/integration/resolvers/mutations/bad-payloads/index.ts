import { OTHER_CASES } from './others';
import { RECORD_CASES } from './records';
import { MUTATION_KEYS, type BadCase, type MutationKey } from './shared';

export { MUTATION_KEYS, type BadCase, type MutationKey } from './shared';

/** Five bad payloads for every mutation key: the table the "bad payload changes nothing" test runs. */
export const BAD_CASES = { ...RECORD_CASES, ...OTHER_CASES } as Record<MutationKey, BadCase[]>;

// A key without cases would silently shrink the table.
const missing = MUTATION_KEYS.filter((key) => !BAD_CASES[key]);
if (missing.length > 0) throw new Error(`No bad payloads for ${missing.join(', ')}`);
