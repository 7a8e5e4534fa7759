/**
 * Puts text on the clipboard. The Clipboard API needs the frame's `clipboard-write` permission,
 * which Jira grants Custom UI frames; where a browser still refuses it (an older one, or focus
 * elsewhere), the selection-copy command does the same from a hidden text area. Throws when both
 * are refused, so the caller can say the copy did not happen.
 */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Refused or missing: try the selection copy below.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) throw new Error('The browser did not allow copying to the clipboard.');
}
