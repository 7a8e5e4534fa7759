import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESOLVER_KEYS } from '../../src/contract';
import { resolverTable } from '../../scripts/resolver-docs';

const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');

describe('README', () => {
  it('lists every resolver key with its current input and output (regenerate: npx tsx scripts/resolver-docs.ts)', () => {
    expect(readme).toContain(resolverTable());
    for (const key of RESOLVER_KEYS) expect(readme).toContain(`| \`${key}\` |`);
  });

  it('shows the two commands a newcomer needs', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });
});
