import { syntaxError } from './errors';

type TokenKind = 'word' | 'string' | 'lparen' | 'rparen' | 'comma' | 'operator' | 'eof';

export interface Token {
  kind: TokenKind;
  /** The word or operator as written, or the unquoted string value. */
  text: string;
  /** 0-based offset in the query. */
  position: number;
}

const OPERATORS = ['!=', '!~', '<=', '>=', '&&', '||', '=', '~', '<', '>', '!', '&', '|'];
/** Characters JQL reserves outside quotes (a subset of Jira's list). */
const RESERVED = new Set(['{', '}', '*', '%', '+', '^', '$', '#', '@', ';', '?', '/', '\\']);
const WORD_END = /[\s()=!<>~,"'&|]/;

function readString(jql: string, start: number): { value: string; end: number } {
  const quote = jql[start];
  let value = '';
  let i = start + 1;
  while (i < jql.length && jql[i] !== quote) {
    if (jql[i] === '\\' && i + 1 < jql.length) i++;
    value += jql[i++];
  }
  if (i >= jql.length) throw syntaxError(`The quoted string '${value}' has not been completed.`, start);
  return { value, end: i + 1 };
}

function readWord(jql: string, start: number): { value: string; end: number } {
  let i = start;
  while (i < jql.length && !WORD_END.test(jql[i])) {
    if (RESERVED.has(jql[i])) {
      throw syntaxError(
        `The character '${jql[i]}' is a reserved JQL character. You must enclose it in a string or use the escape '\\u${jql
          .charCodeAt(i)
          .toString(16)
          .padStart(4, '0')}' instead.`,
        i,
      );
    }
    i++;
  }
  return { value: jql.slice(start, i), end: i };
}

/** Splits a JQL string into words, quoted strings, operators and punctuation. */
export function tokenize(jql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < jql.length) {
    const ch = jql[i];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ kind: ch === '(' ? 'lparen' : ch === ')' ? 'rparen' : 'comma', text: ch, position: i });
      i++;
    } else if (ch === '"' || ch === "'") {
      const { value, end } = readString(jql, i);
      tokens.push({ kind: 'string', text: value, position: i });
      i = end;
    } else {
      const op = OPERATORS.find((o) => jql.startsWith(o, i));
      if (op) {
        tokens.push({ kind: 'operator', text: op, position: i });
        i += op.length;
      } else {
        const { value, end } = readWord(jql, i);
        tokens.push({ kind: 'word', text: value, position: i });
        i = end;
      }
    }
  }
  tokens.push({ kind: 'eof', text: '', position: jql.length });
  return tokens;
}
