/**
 * Hands text built in the browser to the user as a file download (a CSV, a Markdown document):
 * a Blob URL on a temporary link, which the frame's sandbox allows (`allow-downloads`).
 */
export function downloadText(text: string, fileName: string, type: string): void {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
