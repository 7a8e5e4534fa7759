import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import type { AdminView } from '../../../src/contract';
import { countsText } from './features/backup/countsText';
import { ExportBackup } from './features/backup/ExportBackup';
import { ImportBackup } from './features/backup/ImportBackup';
import { IntegrityCheck } from './features/integrity/IntegrityCheck';
import { SettingsForm } from './features/settings/SettingsForm';
import { RefreshSnapshots } from './features/snapshots/RefreshSnapshots';
import { SectionHeading } from '../../shared';

const page = xcss({ maxWidth: '960px' });

export function AdminSettings({ view, onChanged }: { view: AdminView; onChanged: () => void }) {
  return (
    <Box as="main" padding="space.300" xcss={page}>
      <Stack space="space.500">
        <Stack space="space.100">
          <Heading size="large" as="h1">
            Market layer settings
          </Heading>
          <Text color="color.text.subtle">Stored now: {countsText(view.counts)}.</Text>
        </Stack>
        {!view.viewer.canManage && (
          <SectionMessage appearance="warning" title="Read only for you">
            <Text>Saving, importing and repairs need the &quot;Manage market layer&quot; permission.</Text>
          </SectionMessage>
        )}
        <SettingsForm key={view.settings.version} settings={view.settings} onSaved={onChanged} />
        <Stack space="space.200">
          <SectionHeading title="Backup">
            Export everything as one JSON file, or replace everything with a backup. Both work at any size and
            show their progress; an interrupted import can be resumed.
          </SectionHeading>
          <ExportBackup />
          <ImportBackup current={view.counts} canManage={view.viewer.canManage} onImported={onChanged} />
        </Stack>
        <Stack space="space.200">
          <SectionHeading title="Integrity check">
            Finds records that point at something missing, such as a solution whose priority was deleted.
          </SectionHeading>
          <IntegrityCheck />
        </Stack>
        <Stack space="space.200">
          <SectionHeading title="Epic snapshots">
            Views show epics as last read from Jira. Jira events keep them fresh; refresh all of them now if
            they look out of date.
          </SectionHeading>
          <RefreshSnapshots />
        </Stack>
      </Stack>
    </Box>
  );
}
