import type { SiteIssue } from '../site';
import type { Clause } from './ast';
import type { Compiled, CompileContext } from './context';
import { appFunctionOf, compileAppFunction } from './app-function';
import { searchableField } from './fields';
import { propertyField, propertyTarget } from './property-field';

function smallest(sets: ReadonlySet<string>[]): ReadonlySet<string> | undefined {
  return sets.reduce<ReadonlySet<string> | undefined>(
    (best, s) => (!best || s.size < best.size ? s : best),
    undefined,
  );
}

/**
 * Turns a WHERE clause into a test, checking every field, operator and value against the
 * site first: an unknown one is an error (Jira's 400), never silently ignored.
 */
export function compileClause(clause: Clause, ctx: CompileContext): Compiled {
  switch (clause.kind) {
    case 'terminal': {
      const fn = appFunctionOf(clause.operand, ctx);
      if (fn) return compileAppFunction(fn, clause, ctx, compileClause);
      const property = propertyTarget(clause.field, ctx);
      const field = property ? propertyField(property) : searchableField(clause.field);
      return field.compile(clause.operator, clause.operand, ctx, clause.field);
    }
    case 'not': {
      const inner = compileClause(clause.clause, ctx);
      return { test: (issue: SiteIssue) => !inner.test(issue) };
    }
    case 'and': {
      const parts = clause.clauses.map((c) => compileClause(c, ctx));
      const candidates = smallest(parts.flatMap((p) => (p.candidates ? [p.candidates] : [])));
      return { test: (issue) => parts.every((p) => p.test(issue)), candidates };
    }
    case 'or': {
      const parts = clause.clauses.map((c) => compileClause(c, ctx));
      const all = parts.every((p) => p.candidates)
        ? new Set(parts.flatMap((p) => [...(p.candidates ?? [])]))
        : undefined;
      return { test: (issue) => parts.some((p) => p.test(issue)), candidates: all };
    }
  }
}
