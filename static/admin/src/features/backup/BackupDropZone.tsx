import { useRef, useState, type DragEvent } from 'react';
import Button from '@atlaskit/button/new';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';

const zone = xcss({
  borderColor: 'color.border',
  borderStyle: 'dashed',
  borderWidth: 'border.width.selected',
  borderRadius: 'radius.large',
  padding: 'space.200',
  maxWidth: '560px',
});
const over = xcss({ borderColor: 'color.border.selected', backgroundColor: 'color.background.selected' });

/** "1.2 MB": the size people compare with the file they meant to pick. */
function fileSizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Where a backup file comes in: dropped from the desktop, or chosen with the button (the keyboard
 * path; the drop target itself takes no focus, as a file cannot be dropped by keyboard). One file
 * at a time: of several dropped, the first is read.
 */
export function BackupDropZone({
  disabled,
  chosen,
  onFile,
}: {
  disabled: boolean;
  chosen: { name: string; size: number } | null;
  onFile: (file: File) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const accept = (event: DragEvent) => {
    if (disabled || !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault(); // without this the browser opens the file instead of dropping it here
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (disabled) return;
    const files = event.dataTransfer.files;
    if (files.length === 0) return;
    onFile(files[0]);
  };

  return (
    <Box
      xcss={[zone, dragging && over]}
      role="group"
      aria-label="Backup file to import"
      onDragEnter={accept}
      onDragOver={accept}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
      testId="backup-drop-zone"
    >
      <Stack space="space.100">
        <Text>Drop a backup file here (JSON exported by Market Layer, any size), or</Text>
        <Inline space="space.100" alignBlock="center" shouldWrap>
          <Button onClick={() => input.current?.click()} isDisabled={disabled}>
            Choose backup file…
          </Button>
          {chosen && (
            <Text size="small" color="color.text.subtle">
              {chosen.name} · {fileSizeText(chosen.size)}
            </Text>
          )}
        </Inline>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          aria-label="Backup file to import"
          hidden
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = ''; // choosing the same file again should read it again
            if (file) onFile(file);
          }}
        />
      </Stack>
    </Box>
  );
}
