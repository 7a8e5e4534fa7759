/**
 * Fails when any hidden epic key (as a whole key: "PLAT-1" is not found inside "PLAT-14") or any
 * hidden title appears anywhere in the serialised response, keys and values alike.
 */
export function expectNoLeak(
  response: unknown,
  hiddenKeys: readonly string[],
  hiddenTitles: readonly string[],
): void {
  const text = JSON.stringify(response);
  const leaked = [
    ...hiddenKeys.filter((key) => new RegExp(`(?<![A-Za-z0-9_])${key}(?!\\d)`).test(text)),
    ...hiddenTitles.filter((title) => text.includes(title)),
  ];
  expect(leaked).toEqual([]);
}
