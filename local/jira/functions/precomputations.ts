import { randomUUID } from 'node:crypto';
import { appGlobalPermissionKey, type SiteApp, type SiteJqlFunction } from '../site';

/** One function call in a JQL clause: what Jira sends the app and keys its precomputation on. */
export interface FunctionCall {
  fn: SiteJqlFunction;
  /** The clause's field as written (`issue`, `key`, …). */
  field: string;
  operator: string;
  arguments: string[];
}

/** Jira's JqlFunctionPrecomputationBean (REST v3 "JQL functions (apps)"). */
export interface Precomputation {
  id: string;
  functionKey: string;
  functionName: string;
  field: string;
  operator: string;
  arguments: string[];
  /** The JQL fragment the clause is replaced with, unless the app answered an error. */
  value?: string;
  error?: string;
  created: string;
  updated: string;
  used: string;
}

/**
 * Jira's stored function-to-JQL mappings: one per (function, field, operator, arguments), reused
 * by every later search until the app updates it (https://developer.atlassian.com/cloud/jira/platform/jql-functions/).
 */
export class PrecomputationStore {
  private readonly byCall = new Map<string, Precomputation>();
  /** Bumped when a fragment is stored or updated: cached search results key on it. */
  version = 0;

  constructor(private readonly now: () => Date) {}

  static functionKey(app: SiteApp, fn: SiteJqlFunction): string {
    return appGlobalPermissionKey(app, fn.key);
  }

  private static callKey(functionKey: string, call: FunctionCall): string {
    return JSON.stringify([functionKey, call.field.toLowerCase(), call.operator, call.arguments]);
  }

  find(app: SiteApp, call: FunctionCall): Precomputation | undefined {
    return this.byCall.get(PrecomputationStore.callKey(PrecomputationStore.functionKey(app, call.fn), call));
  }

  /** Records what the app answered for a call (a new precomputation); returns it. */
  store(
    app: SiteApp,
    call: FunctionCall,
    id: string,
    answer: { value?: string; error?: string },
  ): Precomputation {
    const functionKey = PrecomputationStore.functionKey(app, call.fn);
    const at = this.now().toISOString();
    const precomputation: Precomputation = {
      id,
      functionKey,
      functionName: call.fn.name,
      field: call.field,
      operator: call.operator,
      arguments: [...call.arguments],
      ...answer,
      created: at,
      updated: at,
      used: at,
    };
    this.byCall.set(PrecomputationStore.callKey(functionKey, call), precomputation);
    this.version++;
    return precomputation;
  }

  static newId(): string {
    return randomUUID();
  }

  markUsed(precomputation: Precomputation): void {
    precomputation.used = this.now().toISOString();
  }

  all(): Precomputation[] {
    return [...this.byCall.values()];
  }

  byId(id: string): Precomputation | undefined {
    return this.all().find((p) => p.id === id);
  }

  /** An app's update through POST /rest/api/3/jql/function/computation: a new value or an error. */
  update(precomputation: Precomputation, change: { value?: string; error?: string }): void {
    if (change.value !== undefined) {
      precomputation.value = change.value;
      delete precomputation.error;
    } else if (change.error !== undefined) {
      precomputation.error = change.error;
      delete precomputation.value;
    }
    precomputation.updated = this.now().toISOString();
    this.version++;
  }
}
