import type { StylesConfig } from '@atlaskit/select';
import { token } from '@atlaskit/tokens';

/**
 * Atlaskit's select draws the chosen option, when it also has focus (as it does when the menu
 * opens on it), in `color.text.selected` on `color.background.selected.hovered`: 3.9:1 in the light
 * theme, under WCAG's 4.5:1 (axe "color-contrast", issue 10). That one state takes the body text
 * colour instead; the blue background still marks it as chosen.
 */
export function readableOptions<Option, IsMulti extends boolean = false>(): StylesConfig<Option, IsMulti> {
  return {
    option: (base, { isSelected, isFocused }) =>
      isSelected && isFocused ? { ...base, color: token('color.text') } : base,
  };
}
