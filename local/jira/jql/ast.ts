/** The JQL syntax tree the parser builds and the compiler checks against the site. */

export type Operator = '=' | '!=' | '<' | '>' | '<=' | '>=' | '~' | '!~' | 'in' | 'not in' | 'is' | 'is not';

export interface ValueOperand {
  kind: 'value';
  value: string;
  position: number;
}

export type Operand =
  | ValueOperand
  | { kind: 'list'; values: ValueOperand[] }
  | { kind: 'function'; name: string; args: string[]; position: number }
  | { kind: 'empty' };

export type Clause =
  | { kind: 'and'; clauses: Clause[] }
  | { kind: 'or'; clauses: Clause[] }
  | { kind: 'not'; clause: Clause }
  | { kind: 'terminal'; field: string; position: number; operator: Operator; operand: Operand };

export interface OrderTerm {
  field: string;
  direction: 'asc' | 'desc';
}

export interface JqlQuery {
  /** Absent for an unbounded query such as `ORDER BY key`. */
  where?: Clause;
  orderBy: OrderTerm[];
}
