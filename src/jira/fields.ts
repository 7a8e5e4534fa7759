import { route } from '@forge/api';
import { z } from 'zod';
import { withoutDirectionControls, type EstimateFieldChoice } from '../contract';
import { compareText } from '../domain';
import type { JiraRequest } from './transport';
import type { Actor } from './types';

/** FieldDetails (`GET /rest/api/3/field`): only what the picker reads is checked. */
const fieldsSchema = z.array(
  z.looseObject({
    id: z.string(),
    name: z.string(),
    custom: z.boolean().optional(),
    schema: z.looseObject({ type: z.string() }).optional(),
  }),
);

/** Only custom fields can hold estimates: the settings accept `customfield_<n>` ids. */
const CUSTOM_FIELD_ID = /^customfield_\d{1,12}$/;

/**
 * The site's numeric custom fields `as` may see (story points, "Story point estimate" and the like),
 * by name: the choices for the estimate measure. One request; Jira answers every field at once.
 */
export async function listNumberFields(request: JiraRequest, as: Actor): Promise<EstimateFieldChoice[]> {
  const fields = await request({
    as,
    method: 'GET',
    path: route`/rest/api/3/field`,
    what: 'the fields of the site',
    schema: fieldsSchema,
  });
  return fields
    .filter((f) => f.schema?.type === 'number' && CUSTOM_FIELD_ID.test(f.id))
    .map((f) => ({ id: f.id, name: withoutDirectionControls(f.name) }))
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
}
