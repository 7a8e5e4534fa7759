import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { relaxAtlassianBeans } from './relaxations';

/** Plain JSON, as parsed from the OpenAPI description. */
export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

export interface OpenApiParameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonObject;
}

export interface OpenApiResponse {
  description?: string;
  content?: Record<string, { schema: JsonObject }>;
}

export interface OpenApiOperation {
  operationId: string;
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonObject }> };
  responses: Record<string, OpenApiResponse>;
}

type PathItem = Partial<Record<string, OpenApiOperation>>;

export interface OpenApiDocument {
  paths: Record<string, PathItem>;
  components: { schemas: Record<string, JsonObject> };
}

const SUBSET_FILE = join(__dirname, '..', '..', 'fixtures', 'jira-openapi', 'jira-subset.json');

let cached: OpenApiDocument | undefined;

/**
 * The Jira Cloud REST v3 subset (test/fixtures/jira-openapi/jira-subset.json, made by extract.js)
 * with the documented relaxations of relaxations.ts applied.
 */
export function jiraOpenApi(): OpenApiDocument {
  if (!cached) {
    const document = JSON.parse(readFileSync(SUBSET_FILE, 'utf8')) as OpenApiDocument;
    relaxAtlassianBeans(document.components.schemas);
    cached = document;
  }
  return cached;
}
