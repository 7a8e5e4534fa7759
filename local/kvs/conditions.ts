/**
 * Query conditions as SQL: `where` on an index's range column (uses the index) and filters on
 * attributes of the stored JSON value (evaluated per row the index yields).
 * Condition names: @forge/kvs conditions.js; error codes:
 * https://developer.atlassian.com/platform/forge/storage-reference/handling-errors-customentities
 */
import { badRequest, invalidBody } from './errors';
import { matchesType, toSqlValue } from './entity-schema';
import type { ResolvedEntity } from './entity-schema';
import { asArray, asRecord } from './request';
import { SqlParams, prefixUpperBound } from './sql-params';
import type { AttributeType } from './types';

const COMPARISONS: Record<string, string> = {
  EQUAL_TO: '=',
  GREATER_THAN: '>',
  GREATER_THAN_EQUAL_TO: '>=',
  LESS_THAN: '<',
  LESS_THAN_EQUAL_TO: '<=',
};

function clauseValues(clause: Record<string, unknown>, needed: number): unknown[] {
  const values = asArray(clause.values, 'condition values');
  if (values.length < needed) {
    throw badRequest(
      'INSUFFICIENT_FILTER_VALUES',
      `The condition ${String(clause.condition)} needs at least ${needed} value(s).`,
    );
  }
  return values;
}

/** `where` on the index's range column; values must have the range attribute's declared type. */
export function rangeCondition(
  column: string,
  rawClause: unknown,
  rangeType: AttributeType,
  params: SqlParams,
): string {
  const clause = asRecord(rawClause, 'range condition');
  const condition = String(clause.condition);
  const values = clauseValues(clause, condition === 'BETWEEN' ? 2 : 1);
  const typed = (value: unknown) => {
    if (!matchesType(rangeType, value))
      throw invalidBody(
        `Range condition value ${JSON.stringify(value)} does not match the index type ${rangeType}.`,
      );
    return params.bind(toSqlValue(value));
  };
  if (condition === 'BEGINS_WITH') {
    if (typeof values[0] !== 'string') throw invalidBody('BEGINS_WITH needs a string value.');
    return `${column} >= ${params.bind(values[0])} AND ${column} < ${params.bind(prefixUpperBound(values[0]))}`;
  }
  if (condition === 'BETWEEN') return `${column} >= ${typed(values[0])} AND ${column} <= ${typed(values[1])}`;
  const operator = COMPARISONS[condition];
  if (!operator) throw invalidBody(`Unsupported range condition: ${condition}.`);
  return `${column} ${operator} ${typed(values[0])}`;
}

/**
 * `{ and: [...] }` or `{ or: [...] }` over the JSON value in `valueColumn`. A comparison is true
 * only when the attribute exists with the value's JSON type (a string never equals a number).
 */
export function filterExpression(
  valueColumn: string,
  rawFilters: unknown,
  entity: ResolvedEntity,
  params: SqlParams,
): string {
  const filters = asRecord(rawFilters, 'filters');
  if (filters.and !== undefined && filters.or !== undefined) {
    throw badRequest(
      'INVALID_FILTER_OPERATORS_COMBINATION',
      'Filter operators "and" and "or" cannot be present at the same level.',
    );
  }
  const operator = filters.and !== undefined ? 'and' : 'or';
  const items = filters[operator] === undefined ? [] : asArray(filters[operator], 'filters');
  if (items.length === 0)
    throw badRequest('EMPTY_FILTER_OPERATOR', 'Filter operators "and" and "or" cannot be empty.');
  const parts = items.map((item) => filterItem(valueColumn, asRecord(item, 'filter'), entity, params));
  return `(${parts.join(operator === 'and' ? ' AND ' : ' OR ')})`;
}

function filterItem(
  v: string,
  item: Record<string, unknown>,
  entity: ResolvedEntity,
  params: SqlParams,
): string {
  const property = item.property;
  if (typeof property !== 'string' || !entity.attributes.has(property)) {
    throw invalidBody(`Filter attribute '${String(property)}' is not declared for entity '${entity.name}'.`);
  }
  const path = params.bind(`$."${property}"`);
  const type = `json_type(${v}, ${path})`;
  const x = `json_extract(${v}, ${path})`;
  const condition = String(item.condition);
  const guard = (value: unknown) => {
    if (typeof value === 'number') return `${type} IN ('integer', 'real')`;
    if (typeof value === 'boolean') return `${type} IN ('true', 'false')`;
    if (typeof value === 'string') return `${type} = 'text'`;
    throw invalidBody(`Filter values must be strings, numbers or booleans.`);
  };
  const compare = (op: string, value: unknown) =>
    `(${guard(value)} AND ${x} ${op} ${params.bind(toSqlValue(value))})`;
  const contains = (value: unknown) => {
    if (typeof value !== 'string') throw invalidBody('CONTAINS needs a string value.');
    const bound = params.bind(value);
    return `(CASE ${type} WHEN 'text' THEN instr(${x}, ${bound}) > 0
      WHEN 'array' THEN EXISTS (SELECT 1 FROM json_each(${v}, ${path}) AS e WHERE e.value = ${bound}) ELSE 0 END)`;
  };
  switch (condition) {
    case 'EXISTS':
      return `${type} IS NOT NULL`;
    case 'NOT_EXISTS':
      return `${type} IS NULL`;
    case 'CONTAINS':
      return contains(clauseValues(item, 1)[0]);
    case 'NOT_CONTAINS':
      return `(${type} IN ('text', 'array') AND NOT ${contains(clauseValues(item, 1)[0])})`;
    case 'NOT_EQUAL_TO':
      return `(${type} IS NOT NULL AND NOT ${compare('=', clauseValues(item, 1)[0])})`;
    case 'BEGINS_WITH': {
      const prefix = clauseValues(item, 1)[0];
      if (typeof prefix !== 'string') throw invalidBody('BEGINS_WITH needs a string value.');
      return `(${type} = 'text' AND ${x} >= ${params.bind(prefix)} AND ${x} < ${params.bind(prefixUpperBound(prefix))})`;
    }
    case 'BETWEEN': {
      const [low, high] = clauseValues(item, 2);
      return `(${compare('>=', low)} AND ${compare('<=', high)})`;
    }
    default: {
      const operator = COMPARISONS[condition];
      if (!operator) throw invalidBody(`Unsupported filter condition: ${condition}.`);
      return compare(operator, clauseValues(item, 1)[0]);
    }
  }
}
