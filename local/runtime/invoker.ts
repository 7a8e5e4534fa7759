import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { AsyncEvent, ConsumerDeclaration } from '../events';
import type { AppIdentity } from './forge-globals';
import { runInInvocation } from './invocation';
import type { ManifestModule, ParsedManifest } from './manifest';

/** The extension context Jira gives a module: `{type, project?, issue?, ...}`. */
export type ExtensionContext = { type: string } & Record<string, unknown>;

type Handler = (event: unknown, context: unknown) => Promise<unknown>;

/** Calls the handlers manifest.yml names with the event shapes the hosted runtime uses. */
export class HandlerInvoker {
  constructor(
    private readonly manifest: ParsedManifest,
    /** Where `index.handler` resolves: src/ (TypeScript, run by jest or tsx). */
    private readonly srcRoot: string,
    private readonly app: AppIdentity,
  ) {}

  module(moduleKey: string): ManifestModule {
    const found = this.manifest.modules.find((m) => m.key === moduleKey);
    if (!found) throw new Error(`manifest.yml has no module '${moduleKey}'`);
    return found;
  }

  /** What `invoke(key, payload)` from a Custom UI module does. */
  async resolve(
    moduleKey: string,
    key: string,
    payload: unknown,
    caller: { accountId?: string; extension: ExtensionContext },
  ): Promise<unknown> {
    const module = this.module(moduleKey);
    if (!module.resolverFunction) throw new Error(`Module '${moduleKey}' has no resolver`);
    const event = {
      call: { functionKey: key, payload },
      context: {
        cloudId: this.app.cloudId,
        moduleKey,
        localId: `${this.app.appId}/${moduleKey}`,
        environmentId: this.app.environmentId,
        environmentType: this.app.environmentType,
        siteUrl: 'http://localhost',
        extension: caller.extension,
      },
    };
    return this.call(module.resolverFunction, moduleKey, event, caller.accountId);
  }

  /** Delivers a product event to every trigger subscribed to it, as app-initiated work. */
  async fire(eventType: string, event: Record<string, unknown>): Promise<number> {
    const triggers = this.manifest.modules.filter(
      (m) => m.type === 'trigger' && m.events?.includes(eventType),
    );
    for (const trigger of triggers) {
      await this.call(trigger.function!, trigger.key, {
        ...event,
        eventType,
        context: { cloudId: this.app.cloudId, moduleKey: trigger.key },
      });
    }
    return triggers.length;
  }

  /**
   * Asks a `jira:jqlFunction` module's function for the JQL fragment of one call, as Jira does
   * when it has no precomputation for it; nobody's account: the fragment is shared by every searcher.
   */
  async jqlFunction(moduleKey: string, event: object): Promise<unknown> {
    const module = this.module(moduleKey);
    if (module.type !== 'jira:jqlFunction') throw new Error(`'${moduleKey}' is not a jira:jqlFunction`);
    return this.call(module.function!, moduleKey, {
      ...event,
      context: { cloudId: this.app.cloudId, moduleKey },
    });
  }

  /** Runs a scheduledTrigger once, as the scheduler would. */
  async schedule(moduleKey: string): Promise<unknown> {
    const module = this.module(moduleKey);
    if (module.type !== 'scheduledTrigger') throw new Error(`'${moduleKey}' is not a scheduledTrigger`);
    return this.call(module.function!, moduleKey, { context: { cloudId: this.app.cloudId, moduleKey } });
  }

  /**
   * Delivers an async event to a `consumer` module, as app-initiated work in the chain of the
   * invocation that pushed it. The current form (`function:`) gets the `AsyncEvent` itself
   * (https://developer.atlassian.com/platform/forge/runtime-reference/async-events-api/#consumer-function);
   * the 1.x form (`resolver: {function, method}`) gets a resolver call whose payload is the body with
   * `retryContext` added and whose `jobId` @forge/resolver puts on `context`.
   */
  async consume(consumer: ConsumerDeclaration, event: AsyncEvent, originId: string): Promise<unknown> {
    if (!consumer.method) return this.call(consumer.functionKey, consumer.key, event, undefined, originId);
    const { body, retryContext, jobId } = event;
    const call = {
      call: {
        functionKey: consumer.method,
        payload: { ...body, ...(retryContext && { retryContext }) },
        jobId,
      },
      context: {
        cloudId: this.app.cloudId,
        moduleKey: consumer.key,
        localId: `${this.app.appId}/${consumer.key}`,
        environmentId: this.app.environmentId,
        environmentType: this.app.environmentType,
      },
    };
    return this.call(consumer.functionKey, consumer.key, call, undefined, originId);
  }

  private async call(
    functionKey: string,
    moduleKey: string,
    event: unknown,
    accountId?: string,
    originId?: string,
  ): Promise<unknown> {
    const fn = this.manifest.functions.get(functionKey);
    if (!fn) throw new Error(`manifest.yml has no function '${functionKey}'`);
    const handler = this.load(fn.handler);
    const runtimePayload = {
      principal: accountId ? { accountId } : undefined,
      installContext: `ari:cloud:jira::site/${this.app.cloudId}`,
      installation: undefined,
      license: undefined,
    };
    const invocation = { invocationId: randomUUID(), functionKey, moduleKey, accountId, originId };
    // Forge serialises what crosses the boundary; so do we, so nothing shares references with the app.
    const result = await runInInvocation(invocation, () => handler(structuredClone(event), runtimePayload));
    return result === undefined ? undefined : JSON.parse(JSON.stringify(result));
  }

  private load(handler: string): Handler {
    const dot = handler.lastIndexOf('.');
    const file = handler.slice(0, dot);
    const exported = handler.slice(dot + 1);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(join(this.srcRoot, file)) as Record<string, unknown>;
    const fn = mod[exported];
    if (typeof fn !== 'function') throw new Error(`src/${file} does not export a function '${exported}'`);
    return fn as Handler;
  }
}
