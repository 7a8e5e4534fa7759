import type { SiteEntityProperty, SiteIssue } from '../site';
import type { Operand, Operator } from './ast';
import type { Compiled, CompileContext, FieldDefinition } from './context';
import { unsupportedOperator } from './context';
import { JqlError } from './errors';

type IndexedType = SiteEntityProperty['values'][number]['type'];

/** `issue.property[propertyKey].path.to.value` (Jira's property clause syntax). */
const PROPERTY_CLAUSE = /^issue\.property\[([^\]]+)\]\.(.+)$/i;

const OPERATORS: Record<IndexedType, readonly Operator[]> = {
  string: ['=', '!=', 'in', 'not in', 'is', 'is not'],
  user: ['=', '!=', 'in', 'not in', 'is', 'is not'],
  number: ['=', '!=', 'in', 'not in', 'is', 'is not', '<', '>', '<=', '>='],
  date: ['=', '!=', 'in', 'not in', 'is', 'is not', '<', '>', '<=', '>='],
  text: ['~', '!~', 'is', 'is not'],
};

/** The values at a dotted path; arrays on the way (or at the end) contribute each element. */
function valuesAt(value: unknown, path: string[]): unknown[] {
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, path));
  if (path.length === 0) return value === null || value === undefined ? [] : [value];
  if (typeof value !== 'object' || value === null) return [];
  return valuesAt((value as Record<string, unknown>)[path[0]], path.slice(1));
}

interface PropertyTarget {
  propertyKey: string;
  path: string;
  /** Undefined: the path is not indexed by any `jira:entityProperty` module, so nothing matches. */
  type?: IndexedType;
}

/** A property clause or an indexed alias (`marketLayer.market`), or undefined when the name is neither. */
export function propertyTarget(name: string, ctx: CompileContext): PropertyTarget | undefined {
  const modules = ctx.store.data.app?.entityProperties ?? [];
  const explicit = PROPERTY_CLAUSE.exec(name);
  if (explicit) {
    const [, propertyKey, path] = explicit;
    const declared = modules
      .filter((m) => m.propertyKey === propertyKey)
      .flatMap((m) => m.values)
      .find((v) => v.path === path);
    return { propertyKey, path, type: declared?.type };
  }
  for (const module of modules) {
    const value = module.values.find((v) => v.searchAlias?.toLowerCase() === name.toLowerCase());
    if (value) return { propertyKey: module.propertyKey, path: value.path, type: value.type };
  }
  return undefined;
}

function literals(operand: Operand): string[] {
  if (operand.kind === 'value') return [operand.value];
  if (operand.kind === 'list') return operand.values.map((v) => v.value);
  if (operand.kind === 'function') {
    throw new JqlError(
      `Error in the JQL Query: Functions are not supported on entity property clauses by the local Jira emulator.`,
    );
  }
  return [];
}

function comparable(type: IndexedType, raw: unknown, fieldName: string): string | number | undefined {
  if (type === 'number') {
    const n = typeof raw === 'number' ? raw : Number(raw);
    if (Number.isNaN(n)) {
      if (typeof raw === 'string' && fieldName)
        throw new JqlError(`The value '${raw}' is not a valid number for the field '${fieldName}'.`);
      return undefined;
    }
    return n;
  }
  if (type === 'date') return typeof raw === 'string' ? raw.slice(0, 10) : undefined;
  return typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean'
    ? String(raw)
    : undefined;
}

/**
 * Searches an issue property as Jira indexes it for an app's `jira:entityProperty` module: a path
 * that no module declares is not indexed, so it matches nothing. Arrays match when any element does;
 * negative operators (and `is not empty`) need the value to be present, as for any Jira field.
 */
export function propertyField(target: PropertyTarget): FieldDefinition {
  const type = target.type ?? 'string';
  const operators = OPERATORS[type];
  return {
    operators,
    compile(operator, operand, _ctx, fieldName): Compiled {
      if (!operators.includes(operator)) throw unsupportedOperator(operator, fieldName);
      const path = target.path.split('.');
      const present = (issue: SiteIssue): (string | number)[] => {
        if (!target.type) return [];
        const root = issue.properties?.[target.propertyKey];
        return valuesAt(root, path).flatMap((v) => comparable(type, v, '') ?? []);
      };
      if (operand.kind === 'empty') {
        const wantsEmpty = operator === 'is' || operator === '=';
        return { test: (issue) => (present(issue).length === 0) === wantsEmpty };
      }
      if (type === 'text') {
        const words = literals(operand).join(' ').toLowerCase().split(/\s+/).filter(Boolean);
        const has = (issue: SiteIssue) => {
          const text = present(issue).join(' ').toLowerCase();
          return words.every((w) => text.includes(w));
        };
        return operator === '~'
          ? { test: has }
          : { test: (issue) => present(issue).length > 0 && !has(issue) };
      }
      const wanted = literals(operand).map((v) => comparable(type, v, fieldName)!);
      const compare = (a: string | number, b: string | number): number =>
        typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
      const hit = (issue: SiteIssue, accept: (order: number) => boolean) =>
        present(issue).some((v) => wanted.some((w) => accept(compare(v, w))));
      switch (operator) {
        case '=':
        case 'in':
          return { test: (issue) => hit(issue, (o) => o === 0) };
        case '!=':
        case 'not in':
          return { test: (issue) => present(issue).length > 0 && !hit(issue, (o) => o === 0) };
        case '<':
          return { test: (issue) => hit(issue, (o) => o < 0) };
        case '<=':
          return { test: (issue) => hit(issue, (o) => o <= 0) };
        case '>':
          return { test: (issue) => hit(issue, (o) => o > 0) };
        default:
          return { test: (issue) => hit(issue, (o) => o >= 0) };
      }
    },
  };
}
