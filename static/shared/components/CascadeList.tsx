import { Stack, Text } from '@atlaskit/primitives';
import type { CascadeEffect } from '../../../src/contract';

const NOUNS: Record<CascadeEffect['type'], [string, string]> = {
  priority: ['business priority', 'business priorities'],
  solution: ['solution', 'solutions'],
  contribution: ['linked epic', 'linked epics'],
};

/** "40 linked epics: PLAT-1, PLAT-2 and 28 more; 10 in projects you cannot view". */
function line(effect: CascadeEffect): string {
  const noun = NOUNS[effect.type][effect.count === 1 ? 0 : 1];
  const more = effect.count - effect.hidden - effect.names.length;
  const named = effect.names.join(', ') + (effect.names.length > 0 && more > 0 ? ` and ${more} more` : '');
  const hidden = effect.hidden > 0 ? `${effect.hidden} in projects you cannot view` : '';
  const detail = [named, hidden].filter(Boolean).join('; ');
  return `${effect.count.toLocaleString('en')} ${noun}${detail ? `: ${detail}` : ''}`;
}

/** Everything a cascading delete will do, before anyone confirms it: what goes, and what only changes. */
export function CascadeList({ effects }: { effects: CascadeEffect[] }) {
  const deleted = effects.filter((e) => e.effect === 'delete');
  const kept = effects.filter((e) => e.effect === 'update');
  return (
    <Stack space="space.100">
      <Text as="p" role="alert">
        Other records depend on it. Deleting it also deletes:
      </Text>
      <ul aria-label="Deleted with it">
        {deleted.map((effect) => (
          <li key={effect.type}>{line(effect)}</li>
        ))}
      </ul>
      {kept.length > 0 && (
        <>
          <Text as="p">These stay, but no longer address what is deleted:</Text>
          <ul aria-label="Kept, but changed">
            {kept.map((effect) => (
              <li key={effect.type}>{line(effect)}</li>
            ))}
          </ul>
        </>
      )}
    </Stack>
  );
}

/** How many records the cascade deletes besides the record itself. */
export const deletedWith = (effects: CascadeEffect[]) =>
  effects.filter((e) => e.effect === 'delete').reduce((n, e) => n + e.count, 0);
