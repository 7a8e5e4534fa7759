import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { SiteEntityProperty, SiteJqlFunction } from '../jira/site';

/** The parts of manifest.yml the local runtime acts on. */
interface ManifestFunction {
  key: string;
  /** `file.export`, relative to src/, as Forge reads it. */
  handler: string;
  /** The function's time limit when it runs as an async event consumer (1–900 s; Forge's default is 55). */
  timeoutSeconds?: number;
}
export interface ManifestModule {
  type: string;
  key: string;
  resolverFunction?: string;
  /** `resolver.method`: the resolver definition a 1.x-style `consumer` calls. */
  resolverMethod?: string;
  function?: string;
  /** The queue a `consumer` module consumes. */
  queue?: string;
  events?: string[];
  interval?: string;
  resource?: string;
  raw: Record<string, unknown>;
}
export interface ParsedManifest {
  appId: string;
  text: string;
  functions: Map<string, ManifestFunction>;
  modules: ManifestModule[];
  resources: Map<string, string>;
}

type Obj = Record<string, unknown>;
const asArray = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);

export function readManifest(path: string): ParsedManifest {
  const text = readFileSync(path, 'utf8');
  const doc = parse(text) as Obj;
  const app = (doc.app ?? {}) as Obj;
  const modules = (doc.modules ?? {}) as Obj;
  const functions = new Map<string, ManifestFunction>();
  const list: ManifestModule[] = [];
  for (const [type, entries] of Object.entries(modules)) {
    for (const entry of asArray(entries)) {
      const key = String(entry.key);
      if (type === 'function') {
        const timeoutSeconds = typeof entry.timeoutSeconds === 'number' ? entry.timeoutSeconds : undefined;
        functions.set(key, { key, handler: String(entry.handler), timeoutSeconds });
        continue;
      }
      const resolver = entry.resolver as Obj | undefined;
      list.push({
        type,
        key,
        resolverFunction: resolver?.function ? String(resolver.function) : undefined,
        resolverMethod: resolver?.method ? String(resolver.method) : undefined,
        function: entry.function ? String(entry.function) : undefined,
        queue: entry.queue ? String(entry.queue) : undefined,
        events: Array.isArray(entry.events) ? entry.events.map(String) : undefined,
        interval: entry.interval ? String(entry.interval) : undefined,
        resource: entry.resource ? String(entry.resource) : undefined,
        raw: entry,
      });
    }
  }
  const resources = new Map(asArray(doc.resources).map((r) => [String(r.key), String(r.path)]));
  // app.id is `ari:cloud:ecosystem::app/<uuid>`; the runtime's appContext carries the uuid.
  const appId =
    String(app.id ?? '')
      .split('/')
      .pop() ?? '';
  return { appId, text, functions, modules: list, resources };
}

/** The app's `jira:entityProperty` and `jira:jqlFunction` modules, as the Jira site knows them. */
export function appSearchModules(manifest: ParsedManifest): {
  entityProperties: SiteEntityProperty[];
  jqlFunctions: SiteJqlFunction[];
} {
  const raw = (type: string) => manifest.modules.filter((m) => m.type === type).map((m) => m.raw);
  return {
    entityProperties: raw('jira:entityProperty').map((m) => ({
      key: String(m.key),
      propertyKey: String(m.propertyKey),
      values: asArray(m.values).map((v) => ({
        path: String(v.path),
        type: String(v.type) as SiteEntityProperty['values'][number]['type'],
        ...(v.searchAlias !== undefined && { searchAlias: String(v.searchAlias) }),
      })),
    })),
    jqlFunctions: raw('jira:jqlFunction').map((m) => ({
      key: String(m.key),
      name: String(m.name),
      operators: Array.isArray(m.operators) ? m.operators.map(String) : [],
      types: Array.isArray(m.types) ? m.types.map(String) : [],
      arguments: asArray(m.arguments).map((a) => ({ name: String(a.name), required: a.required === true })),
    })),
  };
}
