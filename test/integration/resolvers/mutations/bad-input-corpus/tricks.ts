/**
 * Values no field of any mutation accepts, whatever its type: each is put in place of every field
 * of a valid payload in turn. Values are sent as the handler would receive them (not through
 * JSON), so NaN and Infinity arrive as numbers.
 */
/**
 * Deep, though not 5,000 deep: the local runtime hands a payload to the handler through
 * structuredClone (Forge's bridge carries JSON), which overflows jest's stack near 5,000 levels.
 */
const DEPTH = 1_000;
const deep = (depth: number, leaf: unknown = 1): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};
const deepArray = (depth: number): unknown => {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

export const FIELD_TRICKS: [string, () => unknown][] = [
  ['NaN', () => NaN],
  ['Infinity', () => Infinity],
  ['-Infinity', () => -Infinity],
  ['a lone surrogate', () => 'Bank\uD800s'],
  ['a NUL', () => 'Banks\u0000'],
  ['a 1 MB string', () => 'x'.repeat(1_000_000)],
  ['an object nested 1,000 deep', () => deep(DEPTH)],
  ['an array nested 1,000 deep', () => deepArray(DEPTH)],
  ['a 100,000-item array', () => Array.from({ length: 100_000 }, () => '__proto__')],
  ['an own __proto__ key', () => JSON.parse('{"__proto__": {"polluted": true}, "name": "x"}')],
  ['a constructor.prototype', () => ({ constructor: { prototype: { polluted: true } } })],
];

/** Whole payloads no mutation accepts. */
export const PAYLOAD_TRICKS: [string, (valid: Record<string, unknown>) => unknown][] = [
  ['null', () => null],
  ['a number', () => 42],
  ['a string', () => 'market.create'],
  ['an array of the payload', (valid) => [valid]],
  [
    'the payload with an own __proto__ key',
    (valid) => ({ ...valid, ...JSON.parse('{"__proto__": {"admin": true}}') }),
  ],
  [
    'the payload with constructor.prototype',
    (valid) => ({ ...valid, constructor: { prototype: { admin: true } } }),
  ],
  ['the payload with a 1 MB key', (valid) => ({ ...valid, ['k'.repeat(1_000_000)]: 1 })],
  ['the payload nested 1,000 deep', () => deep(DEPTH)],
];

/** Every path of `value` down to `maxDepth` (objects and arrays), with `''` for the root excluded. */
export function pathsOf(value: unknown, maxDepth: number, prefix: string[] = []): string[][] {
  if (prefix.length >= maxDepth || value === null || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => {
    const path = [...prefix, key];
    return [path, ...pathsOf(child, maxDepth, path)];
  });
}

/** A deep copy of `value` with `path` replaced by `replacement`. */
export function replaced(value: unknown, path: string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value))
    return value.map((v, i) => (String(i) === head ? replaced(v, rest, replacement) : v));
  const object = value as Record<string, unknown>;
  return { ...object, [head]: replaced(object[head], rest, replacement) };
}
