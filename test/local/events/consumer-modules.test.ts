import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { consumersOf } from '../../../local/runtime/consumers';
import { readManifest } from '../../../local/runtime/manifest';

const fixture = join(__dirname, '../../fixtures/jobs-app/manifest.yml');
// Forge's own manifest schema, as the CLI validates a manifest before deploying.
const schema = JSON.parse(
  readFileSync(
    join(__dirname, '../../../node_modules/@forge/manifest/out/schema/manifest-schema.json'),
    'utf8',
  ),
) as object;
const validate = addFormats(new Ajv({ strict: false, allErrors: true })).compile(schema);

/** Reads a manifest whose modules are `modules` (YAML), through readManifest as the runtime does. */
function manifestWith(modules: string) {
  const dir = mkdtempSync(join(tmpdir(), 'consumers-'));
  try {
    writeFileSync(
      join(dir, 'manifest.yml'),
      `modules:\n${modules}\napp:\n  id: ari:cloud:ecosystem::app/x\n`,
    );
    return readManifest(join(dir, 'manifest.yml'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('consumer modules in manifest.yml', () => {
  it('reads both forms with the time limit of their function (55 s unless timeoutSeconds says)', () => {
    expect(consumersOf(readManifest(fixture))).toEqual([
      { key: 'work-consumer', queue: 'work', functionKey: 'work', method: undefined, timeoutSeconds: 55 },
      { key: 'slow-consumer', queue: 'slow', functionKey: 'slow-work', method: undefined, timeoutSeconds: 2 },
      {
        key: 'long-consumer',
        queue: 'long',
        functionKey: 'long-work',
        method: undefined,
        timeoutSeconds: 600,
      },
      {
        key: 'legacy-consumer',
        queue: 'legacy',
        functionKey: 'legacy-resolver',
        method: 'on-event',
        timeoutSeconds: 55,
      },
    ]);
  });

  it('uses only shapes Forge’s manifest schema accepts, and the schema refuses wrong ones', () => {
    const doc = parse(readFileSync(fixture, 'utf8')) as {
      modules: { consumer: object[]; function: object[] };
    };
    expect(validate(doc)).toBe(true);

    const noMethod = structuredClone(doc);
    noMethod.modules.consumer[3] = {
      key: 'legacy-consumer',
      queue: 'legacy',
      resolver: { function: 'legacy-resolver' },
    };
    expect(validate(noMethod)).toBe(false);

    const tooLong = structuredClone(doc);
    tooLong.modules.function[1] = { key: 'work', handler: 'index.work', timeoutSeconds: 901 };
    expect(validate(tooLong)).toBe(false);
  });

  it.each([
    [
      'a function manifest.yml lacks',
      '  consumer:\n    - { key: c, queue: q, function: missing }',
      /names the function 'missing'/,
    ],
    [
      'a time limit above 900 s',
      '  consumer:\n    - { key: c, queue: q, function: f }\n  function:\n    - { key: f, handler: index.f, timeoutSeconds: 901 }',
      /timeoutSeconds must be between 1 and 900/,
    ],
    [
      'a resolver without a method',
      '  consumer:\n    - { key: c, queue: q, resolver: { function: f } }\n  function:\n    - { key: f, handler: index.f }',
      /has a resolver without a method/,
    ],
  ])('refuses a consumer with %s when the runtime starts', (_, modules, message) => {
    expect(() => consumersOf(manifestWith(modules))).toThrow(message);
  });
});
