/**
 * A value made fresh before each test of the describe block this is called in (and closed after
 * it), so tests never share state. Returns a getter: the value exists only while a test runs.
 */
export function perTest<T>(make: () => T | Promise<T>, close: (value: T) => void = () => undefined): () => T {
  let current: { value: T } | undefined;
  beforeEach(async () => {
    current = { value: await make() };
  });
  afterEach(() => {
    const made = current;
    current = undefined;
    if (made) close(made.value);
  });
  return () => {
    if (!current)
      throw new Error('This per-test value exists only inside a test (or its beforeEach/afterEach)');
    return current.value;
  };
}
