import { downloadText } from '../common/downloadText';

/** Hands text to the user as a CSV download (with a BOM, so spreadsheets read UTF-8). */
export function downloadCsv(csv: string, fileName: string): void {
  downloadText(`\uFEFF${csv}`, fileName, 'text/csv;charset=utf-8');
}
