/**
 * The design-token CSS Jira injects into a Custom UI frame once it calls `view.theme.enable()`:
 * every `token()` in the bundle is a CSS variable that these sheets define, per colour mode.
 */
const THEMES = [
  'atlassian-light',
  'atlassian-dark',
  'atlassian-spacing',
  'atlassian-typography',
  'atlassian-shape',
];

export function themeCss(): string {
  return THEMES.map((name) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(`@atlaskit/tokens/dist/cjs/artifacts/themes/${name}.js`) as { default: string };
    return mod.default;
  }).join('\n');
}
