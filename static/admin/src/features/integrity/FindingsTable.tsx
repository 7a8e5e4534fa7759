import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import type { IntegrityFinding } from '../../../../../src/contract';
import { humanize } from '../../../../shared';

const HEAD = {
  cells: [
    { key: 'severity', content: 'Severity', width: 12, isSortable: true },
    { key: 'kind', content: 'Problem', width: 22, isSortable: true },
    { key: 'entity', content: 'Record', width: 22 },
    { key: 'message', content: 'What is wrong' },
  ],
};
const ORDER: Record<IntegrityFinding['severity'], number> = { error: 0, warning: 1 };

/** Errors first: they break views; warnings only make them stale or incomplete. */
export function FindingsTable({ findings }: { findings: IntegrityFinding[] }) {
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const rows = sorted.map((f, index) => ({
    key: `${f.entityType}-${f.entityId}-${f.kind}-${index}`,
    cells: [
      {
        key: ORDER[f.severity],
        content: (
          <Lozenge appearance={f.severity === 'error' ? 'removed' : 'moved'}>
            {f.severity === 'error' ? 'Error' : 'Warning'}
          </Lozenge>
        ),
      },
      { key: f.kind, content: humanize(f.kind) },
      { key: f.entityId, content: `${humanize(f.entityType)} ${f.entityId}` },
      { key: f.message, content: f.message },
    ],
  }));
  return <DynamicTable label="Integrity findings" head={HEAD} rows={rows} rowsPerPage={25} defaultPage={1} />;
}
