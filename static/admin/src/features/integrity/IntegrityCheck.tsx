import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { IntegrityFinding } from '../../../../../src/contract';
import { ErrorState, plural, useMutation } from '../../../../shared';
import { FindingsTable } from './FindingsTable';

/** Looks for records that point at nothing (deleted priorities, vanished epics) and similar damage. */
export function IntegrityCheck() {
  const check = useMutation('admin.integrity');
  const [findings, setFindings] = useState<IntegrityFinding[] | null>(null);

  const run = async () => {
    const answer = await check.run({});
    if (answer) setFindings(answer);
  };
  const errors = findings?.filter((f) => f.severity === 'error').length ?? 0;

  return (
    <Stack space="space.150">
      <Inline>
        <Button onClick={() => void run()} isLoading={check.pending}>
          {findings ? 'Check again' : 'Run integrity check'}
        </Button>
      </Inline>
      {check.error && <ErrorState error={check.error} onRetry={() => void run()} />}
      <Stack space="space.150" role="status" aria-live="polite">
        {findings && findings.length === 0 && (
          <SectionMessage appearance="success" title="No problems found">
            <Text>Every reference between markets, priorities, solutions and epics resolves.</Text>
          </SectionMessage>
        )}
        {findings && findings.length > 0 && (
          <Text>
            Found {plural(findings.length, 'problem')}: {plural(errors, 'error')},{' '}
            {plural(findings.length - errors, 'warning')}.
          </Text>
        )}
      </Stack>
      {findings && findings.length > 0 && <FindingsTable findings={findings} />}
    </Stack>
  );
}
