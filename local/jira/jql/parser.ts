import type { Clause, JqlQuery, Operand, Operator, OrderTerm, ValueOperand } from './ast';
import { JqlError, syntaxError } from './errors';
import { tokenize, type Token } from './tokens';

const OPERATOR_LIST =
  "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";
/** Words that must be quoted to be used as values or field names. */
const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'is', 'empty', 'null', 'order', 'by', 'was', 'changed']);
const SYMBOL_OPERATORS = new Set(['=', '!=', '<', '>', '<=', '>=', '~', '!~']);

function isWord(token: Token, word: string): boolean {
  return token.kind === 'word' && token.text.toLowerCase() === word;
}

/** A recursive-descent parser for the JQL subset: OR < AND < NOT < (…) < field operator operand. */
class Parser {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  parseQuery(): JqlQuery {
    const where = this.atOrderBy() || this.peek().kind === 'eof' ? undefined : this.parseOr();
    const orderBy = this.atOrderBy() ? this.parseOrderBy() : [];
    const rest = this.peek();
    if (rest.kind !== 'eof') {
      throw syntaxError(`Expecting either 'OR' or 'AND' but got '${rest.text}'.`, rest.position);
    }
    return { where, orderBy };
  }

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)];
  }

  private next(): Token {
    return this.tokens[Math.min(this.index++, this.tokens.length - 1)];
  }

  private atOrderBy(): boolean {
    return isWord(this.peek(), 'order') && isWord(this.peek(1), 'by');
  }

  private parseOr(): Clause {
    const clauses = [this.parseAnd()];
    while (isWord(this.peek(), 'or') || ['||', '|'].includes(this.peek().text)) {
      this.next();
      clauses.push(this.parseAnd());
    }
    return clauses.length === 1 ? clauses[0] : { kind: 'or', clauses };
  }

  private parseAnd(): Clause {
    const clauses = [this.parseNot()];
    while (
      isWord(this.peek(), 'and') ||
      (this.peek().kind === 'operator' && ['&&', '&'].includes(this.peek().text))
    ) {
      this.next();
      clauses.push(this.parseNot());
    }
    return clauses.length === 1 ? clauses[0] : { kind: 'and', clauses };
  }

  private parseNot(): Clause {
    const token = this.peek();
    if (isWord(token, 'not') || (token.kind === 'operator' && token.text === '!')) {
      this.next();
      return { kind: 'not', clause: this.parseNot() };
    }
    if (token.kind === 'lparen') {
      this.next();
      const inner = this.parseOr();
      this.expectClosingParen();
      return inner;
    }
    return this.parseTerminal();
  }

  private expectClosingParen(): void {
    const token = this.next();
    if (token.kind === 'eof') throw syntaxError("Expecting ')' before the end of the query.");
    if (token.kind !== 'rparen') throw syntaxError(`Expecting ')' but got '${token.text}'.`, token.position);
  }

  private parseTerminal(): Clause {
    const field = this.next();
    if (field.kind === 'eof') throw syntaxError('Expecting a field name at the end of the query.');
    if (
      (field.kind !== 'word' && field.kind !== 'string') ||
      (field.kind === 'word' && KEYWORDS.has(field.text.toLowerCase()))
    ) {
      throw syntaxError(`Expecting a field name but got '${field.text}'.`, field.position);
    }
    const operator = this.parseOperator();
    const operand = this.parseOperand(operator);
    return { kind: 'terminal', field: field.text, position: field.position, operator, operand };
  }

  private parseOperator(): Operator {
    const token = this.next();
    if (token.kind === 'operator' && SYMBOL_OPERATORS.has(token.text)) return token.text as Operator;
    if (isWord(token, 'in')) return 'in';
    if (isWord(token, 'not') && isWord(this.peek(), 'in')) {
      this.next();
      return 'not in';
    }
    if (isWord(token, 'is')) {
      if (!isWord(this.peek(), 'not')) return 'is';
      this.next();
      return 'is not';
    }
    if (isWord(token, 'was') || isWord(token, 'changed')) {
      throw new JqlError(
        `Error in the JQL Query: The operator '${token.text.toUpperCase()}' is not supported by the local Jira emulator (history searches are not emulated).`,
      );
    }
    if (token.kind === 'eof')
      throw syntaxError(`Expecting operator before the end of the query. ${OPERATOR_LIST}`);
    throw syntaxError(`Expecting operator but got '${token.text}'. ${OPERATOR_LIST}`, token.position);
  }

  private parseOperand(operator: Operator): Operand {
    if (operator === 'is' || operator === 'is not') {
      const token = this.next();
      if (isWord(token, 'empty') || isWord(token, 'null')) return { kind: 'empty' };
      if (token.kind === 'eof') throw syntaxError("Expecting 'EMPTY' or 'NULL' before the end of the query.");
      throw syntaxError(`Expecting 'EMPTY' or 'NULL' but got '${token.text}'.`, token.position);
    }
    const token = this.peek();
    if (token.kind === 'lparen') {
      this.next();
      return { kind: 'list', values: this.parseValueList() };
    }
    if (token.kind === 'word' && this.peek(1).kind === 'lparen') return this.parseFunction();
    if (isWord(token, 'empty') || isWord(token, 'null')) {
      this.next();
      return { kind: 'empty' };
    }
    if (operator === 'in' || operator === 'not in') {
      if (token.kind === 'eof') throw syntaxError("Expecting '(' before the end of the query.");
      throw syntaxError(`Expecting '(' but got '${token.text}'.`, token.position);
    }
    return this.parseValue();
  }

  private parseValue(): ValueOperand {
    const token = this.next();
    if (token.kind === 'string') return { kind: 'value', value: token.text, position: token.position };
    if (token.kind === 'word' && !KEYWORDS.has(token.text.toLowerCase())) {
      return { kind: 'value', value: token.text, position: token.position };
    }
    if (token.kind === 'eof')
      throw syntaxError('Expecting either a value, list or function before the end of the query.');
    const hint =
      token.kind === 'word'
        ? ` You must surround '${token.text}' in quotation marks to use it as a value.`
        : '';
    throw syntaxError(
      `Expecting either a value, list or function but got '${token.text}'.${hint}`,
      token.position,
    );
  }

  private parseValueList(): ValueOperand[] {
    const values = [this.parseValue()];
    while (this.peek().kind === 'comma') {
      this.next();
      values.push(this.parseValue());
    }
    this.expectClosingParen();
    return values;
  }

  private parseFunction(): Operand {
    const name = this.next();
    this.next(); // '('
    const args: string[] = [];
    if (this.peek().kind !== 'rparen') {
      args.push(this.parseValue().value);
      while (this.peek().kind === 'comma') {
        this.next();
        args.push(this.parseValue().value);
      }
    }
    this.expectClosingParen();
    return { kind: 'function', name: name.text, args, position: name.position };
  }

  private parseOrderBy(): OrderTerm[] {
    this.next();
    this.next();
    const terms = [this.parseOrderTerm()];
    while (this.peek().kind === 'comma') {
      this.next();
      terms.push(this.parseOrderTerm());
    }
    return terms;
  }

  private parseOrderTerm(): OrderTerm {
    const field = this.next();
    if (field.kind === 'eof') throw syntaxError('Expecting a field name at the end of the query.');
    if (field.kind !== 'word' && field.kind !== 'string') {
      throw syntaxError(`Expecting a field name but got '${field.text}'.`, field.position);
    }
    const direction = this.peek();
    if (isWord(direction, 'asc') || isWord(direction, 'desc')) {
      this.next();
      return { field: field.text, direction: direction.text.toLowerCase() as 'asc' | 'desc' };
    }
    return { field: field.text, direction: 'asc' };
  }
}

/** Parses JQL or throws a JqlError with Jira's message. */
export function parseJql(jql: string): JqlQuery {
  return new Parser(tokenize(jql)).parseQuery();
}
