/** Reads custom entity declarations from manifest.yml (`app.storage.entities`). */
import { parse } from 'yaml';
import type { AttributeType, EntityDeclaration, IndexDeclaration } from './types';

const ATTRIBUTE_TYPES: readonly string[] = ['string', 'integer', 'float', 'boolean', 'any'];

export function entitiesFromManifest(manifestYamlText: string): EntityDeclaration[] {
  const manifest: unknown = parse(manifestYamlText);
  const entities = dig(manifest, ['app', 'storage', 'entities']);
  if (entities === undefined) return [];
  if (!Array.isArray(entities)) throw new Error('manifest.yml: app.storage.entities must be a list');
  return entities.map(toDeclaration);
}

function toDeclaration(raw: unknown): EntityDeclaration {
  const entity = raw as { name?: unknown; attributes?: unknown; indexes?: unknown };
  if (typeof entity?.name !== 'string') throw new Error('manifest.yml: every storage entity needs a name');
  const attributes: EntityDeclaration['attributes'] = {};
  for (const [name, spec] of Object.entries(
    (entity.attributes ?? {}) as Record<string, { type?: unknown }>,
  )) {
    if (typeof spec?.type !== 'string' || !ATTRIBUTE_TYPES.includes(spec.type)) {
      throw new Error(`manifest.yml: attribute '${name}' of entity '${entity.name}' has an invalid type`);
    }
    attributes[name] = { type: spec.type as AttributeType };
  }
  const indexes = ((entity.indexes ?? []) as unknown[]).map((index) => {
    if (typeof index === 'string') return index;
    const declared = index as Partial<IndexDeclaration>;
    if (typeof declared?.name !== 'string' || !Array.isArray(declared.range)) {
      throw new Error(`manifest.yml: an index of entity '${entity.name}' needs a name and a range`);
    }
    return {
      name: declared.name,
      range: declared.range,
      ...(declared.partition && { partition: declared.partition }),
    };
  });
  return { name: entity.name, attributes, indexes };
}

function dig(value: unknown, path: string[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
    value,
  );
}
