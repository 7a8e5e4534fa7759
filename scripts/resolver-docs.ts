// Writes the README's resolver table from src/contract, so the two cannot drift:
// `npx tsx scripts/resolver-docs.ts` (a test fails when the README is stale).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { api, RESOLVER_KEYS } from '../src/contract';
import { OUTPUTS } from './resolver-outputs';

const START = '<!-- resolvers:start -->';
const END = '<!-- resolvers:end -->';

type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  const?: unknown;
};

function describe(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' \\| ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.anyOf) return schema.anyOf.map(describe).join(' \\| ');
  if (schema.type === 'array') return `${describe(schema.items ?? {})}[]`;
  if (schema.type === 'object') {
    const fields = Object.entries(schema.properties ?? {}).map(
      ([name, field]) => `${name}${schema.required?.includes(name) ? '' : '?'}: ${describe(field)}`,
    );
    return fields.length ? `{${fields.join(', ')}}` : '{}';
  }
  return schema.type ?? 'any';
}

export function resolverTable(): string {
  const rows = RESOLVER_KEYS.map((key) => {
    const input = describe(
      z.toJSONSchema(api[key].input, { io: 'input', unrepresentable: 'any' }) as JsonSchema,
    );
    return `| \`${key}\` | \`${input}\` | ${OUTPUTS[key]} |`;
  });
  return [START, '| key | input | output |', '|---|---|---|', ...rows, END].join('\n');
}

if (require.main === module) {
  const path = join(__dirname, '..', 'README.md');
  const readme = readFileSync(path, 'utf8');
  const table = resolverTable();
  const next = readme.includes(START)
    ? readme.replace(new RegExp(`${START}[\\s\\S]*${END}`), table)
    : readme.replace('RESOLVER_TABLE', table);
  writeFileSync(path, next);
  console.log(`README.md: ${RESOLVER_KEYS.length} resolvers documented`);
}
