import type { NarrativeMarket, NarrativeSolution } from '../../../../src/contract';
// Direct imports, not the shared index: this module is pure (unit-tested without the bridge).
import { SOLUTION_STATUS_LABELS } from '../../../shared/labels';
import { UNANSWERED, deliveredBy, priorityLine, readinessLine } from './storyText';

/**
 * Backslash-escapes what Markdown reads as inline formatting in a user's text, and keeps it on one
 * line, so a title like "*Close* [Q3]" stays words in the deck and cannot break the document's
 * structure. User text never starts a line here (each line starts with our own words or marks), so
 * block markers such as "#" or "-" need no escape and the raw file stays readable.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>~]/g, (c) => `\\${c}`);
}

function solutionLines(s: NarrativeSolution): string[] {
  const value = s.valueStatement.trim() ? `: ${escapeMarkdown(s.valueStatement)}` : '';
  return [
    `- **${escapeMarkdown(s.name)}** (${SOLUTION_STATUS_LABELS[s.status]})${value}`,
    `  ${deliveredBy(s)} ${readinessLine(s)}`,
  ];
}

function marketLines(market: NarrativeMarket): string[] {
  const lines = [`## For ${escapeMarkdown(market.name)}`, ''];
  if (market.priorities.length === 0) return [...lines, '_No business priority to tell here._', ''];
  for (const p of market.priorities) {
    lines.push(`### ${escapeMarkdown(priorityLine(p))}`, '');
    if (p.outcome.trim()) lines.push(`Outcome: ${escapeMarkdown(p.outcome)}`, '');
    const solutions = p.solutions.length ? p.solutions.flatMap(solutionLines) : [`- _${UNANSWERED}_`];
    lines.push(...solutions, '');
  }
  return lines;
}

/**
 * The value narrative as a Markdown document, for a board deck: the markets told (already
 * filtered), each a section, in the page's words. No issue or project key appears; epics the
 * viewer may not browse are only counted. `subtitle` says what the document covers (its filters).
 */
export function narrativeMarkdown(markets: readonly NarrativeMarket[], subtitle: string): string {
  const lines = ['# Value narrative', '', `_${escapeMarkdown(subtitle)}_`, ''];
  if (markets.length === 0) lines.push('No market has a business priority to tell yet.', '');
  for (const market of markets) lines.push(...marketLines(market));
  return `${lines.join('\n').trimEnd()}\n`;
}
