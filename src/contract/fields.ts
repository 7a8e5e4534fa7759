import { z } from 'zod';

/** Reusable field schemas, each with a message a person can act on. */

export const id = z
  .string({ error: 'Expected an id' })
  .regex(/^[a-z]{2,4}_[A-Za-z0-9]{6,40}$/, 'This id is not one Market Layer issued');

export const version = z
  .number({ error: 'Expected the version you last loaded' })
  .int('Version must be a whole number')
  .min(1, 'Version starts at 1');

/**
 * User-entered text, checked and normalised in this one place for every field a person types
 * (names, titles, tags, notes, descriptions; the backup's copies of them too). NFC, so the same
 * name typed on two systems is the same string; trimmed; and refused, with a message naming the
 * field, when it is not text a person can read: control characters (NUL, terminal escape codes),
 * lone UTF-16 surrogates, text-direction overrides that make a name display as something else,
 * or nothing visible at all. `lines: 'multi'` (descriptions, statements, evidence notes) also
 * allows line breaks and tabs, and stores every line break as `\n`.
 */
type Lines = 'single' | 'multi';

const LONE_SURROGATE = /\p{Cs}/u;
const CONTROL = { single: /\p{Cc}/u, multi: /[^\P{Cc}\n\t]/u };
const LINE_BREAK = /[\n\r\u2028\u2029]/;
// Embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069): "Trojan Source" text.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * Text from Jira, which we show but did not validate (an epic's summary, a status or project
 * name), with its text-direction controls taken out: an override inside a title could make the
 * row it is shown in read differently from what it says.
 */
export const withoutDirectionControls = (text: string): string =>
  text.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
// What renders as nothing: spaces, zero-width and other default-ignorable characters, Braille blank.
const INVISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\u2800]/gu;

function normalise(value: string, lines: Lines): string {
  const unified = lines === 'multi' ? value.replace(/\r\n?|[\u2028\u2029]/g, '\n') : value;
  // A lone surrogate is reported by `unreadable`; normalising around it would hide nothing.
  return unified.normalize('NFC').trim();
}

/** Why `value` is not text a person can read in this field, or undefined when it is. */
function unreadable(value: string, label: string, lines: Lines): string | undefined {
  if (LONE_SURROGATE.test(value)) return `${label} contains a broken character (a lone surrogate)`;
  if (lines === 'single' && LINE_BREAK.test(value)) return `${label} must be one line`;
  if (CONTROL[lines].test(value))
    return `${label} cannot contain control characters such as NUL or terminal escape codes`;
  if (BIDI_CONTROL.test(value))
    return `${label} cannot contain text-direction override characters (U+202A–U+202E, U+2066–U+2069)`;
  if (value !== '' && value.replace(INVISIBLE, '') === '')
    return `${label} has only invisible characters; enter visible text`;
  return undefined;
}

const plainText = (label: string, max: number, lines: Lines) =>
  z
    .string({ error: `${label} must be text` })
    .overwrite((value) => normalise(value, lines))
    .superRefine((value, ctx) => {
      const problem = unreadable(value, label, lines);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, abort: true });
    })
    .max(max, `Keep ${label.toLowerCase()} to ${max} characters or fewer`);

export const text = (label: string, max: number, lines: Lines = 'single') =>
  plainText(label, max, lines).min(1, `Enter ${label.toLowerCase()}`);

export const optionalText = (label: string, max: number, lines: Lines = 'single') =>
  plainText(label, max, lines);

export const oneToFive = (label: string) =>
  z
    .number({ error: `${label} must be a number from 1 to 5` })
    .int(`${label} must be a whole number from 1 to 5`)
    .min(1, `${label} must be from 1 to 5`)
    .max(5, `${label} must be from 1 to 5`);

export const accountId = z
  .string({ error: 'Expected an Atlassian account id' })
  .regex(/^[A-Za-z0-9:_-]{1,128}$/, 'This is not an Atlassian account id');

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Why `year-month-day` is not a day of the calendar (Date.parse rolls 2026-02-30 over to March). */
function impossibleDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12) return `There is no month ${month}; use a date like 2026-03-31`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `${MONTHS[month - 1]} ${year} has ${days} days; there is no day ${day}`;
  return undefined;
}

export const isoDate = z
  .string({ error: 'Date must be text like 2026-03-31' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-31')
  .superRefine((value, ctx) => {
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    const problem = impossibleDay(year, month, day);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A moment as `Date.toISOString()` writes it (every stored createdAt, updatedAt, linkedAt…). */
export const isoTimestamp = z
  .string({ error: 'Expected a time like 2026-03-31T09:30:00.000Z' })
  .regex(
    /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,3})?Z$/,
    'Use a UTC time like 2026-03-31T09:30:00.000Z',
  )
  .superRefine((value, ctx) => {
    const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
    const problem = impossibleDay(year, month, day);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const issueIdOrKey = z
  .string({ error: 'Expected an issue key like PLAT-12' })
  .trim()
  .regex(/^([A-Z][A-Z0-9_]{0,9}-\d{1,9}|\d{1,18})$/, 'Use an issue key like PLAT-12');

export const projectId = z
  .string({ error: 'Expected a project id' })
  .regex(/^\d{1,18}$/, 'Not a Jira project id');
