import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives';
import type { NarrativeExport } from './useNarrativeExport';

/** The board-deck exports: a Markdown file, the same text on the clipboard, a print-ready page. */
export function NarrativeActions({ exporter }: { exporter: NarrativeExport }) {
  const { download, copy, print, pending } = exporter;
  return (
    <Inline space="space.100" shouldWrap>
      <Button onClick={() => void download()} isDisabled={pending}>
        Download Markdown
      </Button>
      <Button onClick={() => void copy()} isDisabled={pending}>
        Copy as Markdown
      </Button>
      <Button onClick={() => void print()} isDisabled={pending}>
        Print
      </Button>
    </Inline>
  );
}
