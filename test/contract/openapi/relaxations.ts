import type { JsonObject } from './document';

/**
 * Where Jira Cloud itself answers outside Atlassian's published beans, the contract follows Jira,
 * narrowly: each change names the field, never a blanket `additionalProperties: true`, so the
 * emulator still cannot invent fields the app would then wrongly rely on.
 */
export function relaxAtlassianBeans(schemas: Record<string, JsonObject>): void {
  // The bean's own description says the address "may be returned as null" depending on the
  // user's privacy settings, but the property is declared as a plain string.
  propertiesOf(schemas, 'User').emailAddress = { type: 'string', nullable: true };

  // Jira Cloud project responses carry `entityId` beside `uuid`; the Project bean does not declare it.
  propertiesOf(schemas, 'Project').entityId = { type: 'string', readOnly: true };

  // `JsonNode` is Jackson's class for "any JSON value" (an issue property's value in bulk property
  // writes); the generator described the Java bean's getters (`array`, `bigDecimal`, …) instead.
  if (schemas.JsonNode) schemas.JsonNode = { description: 'Any JSON value (Jackson JsonNode).' };
}

/**
 * Jira serialises timestamps as `2026-11-23T15:16:51.000+0000` (offset without a colon), which is
 * ISO 8601 but not the RFC 3339 profile JSON Schema's `date-time` format means. We accept both.
 */
export const JIRA_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})$/;

function propertiesOf(schemas: Record<string, JsonObject>, name: string): JsonObject {
  const properties = schemas[name]?.properties;
  if (!properties || typeof properties !== 'object' || Array.isArray(properties)) {
    throw new Error(`Relaxation targets ${name}.properties, which the OpenAPI subset lacks`);
  }
  return properties;
}
