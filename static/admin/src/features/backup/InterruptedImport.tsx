import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { Text } from '@atlaskit/primitives';
import type { ImportSession } from '../../../../../src/contract';
import { JobProgress } from '../../../../shared';

const count = (n: number) => n.toLocaleString('en');

/**
 * An import left unfinished: a job that stopped (resumable from the upload kept in storage), one
 * still writing, or an upload that never finished (choose the same file to resume it).
 */
export function InterruptedImport({
  session,
  onResume,
}: {
  session: ImportSession;
  onResume: (session: ImportSession) => Promise<void>;
}) {
  const exported = session.exportedAt.slice(0, 10);
  if (session.job?.state === 'running') return <JobProgress job={session.job} />;
  if (session.job?.state === 'failed')
    return (
      <SectionMessage
        appearance="warning"
        title={`Interrupted: the import of a backup exported ${exported}`}
        actions={[
          <Button key="resume" appearance="primary" onClick={() => void onResume(session)}>
            Resume import
          </Button>,
        ]}
      >
        <Text>
          Interrupted: {count(session.job.done)} of {count(session.job.total ?? 0)} records written.{' '}
          {session.job.message}
        </Text>
      </SectionMessage>
    );
  if (session.job) return null;
  return (
    <SectionMessage
      appearance="information"
      title={`An upload of a backup exported ${exported} did not finish`}
    >
      <Text>
        {count(session.received.length)} of {count(session.chunks)} parts arrived. Choose the same file again
        to send the rest; nothing has been replaced yet.
      </Text>
    </SectionMessage>
  );
}
