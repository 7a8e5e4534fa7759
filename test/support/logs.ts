/**
 * Captures what the backend logs for operators (console.warn / console.error) during a test that
 * makes it fail on purpose, so the run stays readable and the test can check the log was written.
 */
export function captureOperatorLogs() {
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  return {
    lines: (): string[] =>
      [...warn.mock.calls, ...error.mock.calls].map((call) => call.map(String).join(' ')),
    restore: () => {
      warn.mockRestore();
      error.mockRestore();
    },
  };
}
