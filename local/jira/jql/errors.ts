/** A JQL problem Jira reports as 400 `{ errorMessages: [message], errors: {} }`. */
export class JqlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JqlError';
  }
}

/** Jira's prefix for syntax errors, with its 1-based position suffix. */
export function syntaxError(detail: string, position?: number): JqlError {
  const where = position === undefined ? '' : ` (line 1, character ${position + 1})`;
  return new JqlError(`Error in the JQL Query: ${detail}${where}`);
}
