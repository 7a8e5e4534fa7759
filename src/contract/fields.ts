import { z } from 'zod';

/** Reusable field schemas, each with a message a person can act on. */

export const id = z
  .string({ error: 'Expected an id' })
  .regex(/^[a-z]{2,4}_[A-Za-z0-9]{6,40}$/, 'This id is not one Market Layer issued');

export const version = z
  .number({ error: 'Expected the version you last loaded' })
  .int('Version must be a whole number')
  .min(1, 'Version starts at 1');

export const text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .min(1, `Enter ${label.toLowerCase()}`)
    .max(max, `Keep ${label.toLowerCase()} to ${max} characters or fewer`);

export const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `Keep ${label.toLowerCase()} to ${max} characters or fewer`);

export const oneToFive = (label: string) =>
  z
    .number({ error: `${label} must be a number from 1 to 5` })
    .int(`${label} must be a whole number from 1 to 5`)
    .min(1, `${label} must be from 1 to 5`)
    .max(5, `${label} must be from 1 to 5`);

export const accountId = z
  .string({ error: 'Expected an Atlassian account id' })
  .regex(/^[A-Za-z0-9:_-]{1,128}$/, 'This is not an Atlassian account id');

export const isoDate = z
  .string({ error: 'Date must be text like 2026-03-31' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-31')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'This date does not exist');

export const issueIdOrKey = z
  .string({ error: 'Expected an issue key like PLAT-12' })
  .trim()
  .regex(/^([A-Z][A-Z0-9_]{0,9}-\d{1,9}|\d{1,18})$/, 'Use an issue key like PLAT-12');

export const projectId = z
  .string({ error: 'Expected a project id' })
  .regex(/^\d{1,18}$/, 'Not a Jira project id');
