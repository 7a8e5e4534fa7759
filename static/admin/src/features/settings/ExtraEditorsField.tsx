import { AsyncSelect } from '@atlaskit/select';
import { FieldBlock, invoke, useResolver } from '../../../../shared';

interface Option {
  label: string;
  value: string;
}

/**
 * People who may edit besides holders of "Manage market layer", found by name or email through
 * Jira's user search as the admin (`users.search`), shown by name (ids Jira no longer knows stay, by id).
 */
export function ExtraEditorsField({
  values,
  onChange,
  error,
}: {
  values: string[];
  onChange: (values: string[]) => void;
  error?: string;
}) {
  const known = useResolver('users.search', { accountIds: values.slice(0, 20) });
  const nameOf = new Map((known.data ?? []).map((u) => [u.accountId, u.displayName]));
  const selected: Option[] = values.map((value) => ({ value, label: nameOf.get(value) ?? value }));
  const load = async (text: string): Promise<Option[]> => {
    if (!text.trim()) return [];
    const people = await invoke('users.search', { text });
    return people
      .filter((p) => !values.includes(p.accountId))
      .map((p) => ({ value: p.accountId, label: p.displayName }));
  };
  return (
    <FieldBlock
      label="Extra editors"
      helper='People who may edit the market layer without the "Manage market layer" permission. Type a name or email.'
      error={error}
    >
      {({ inputId, describedBy, isInvalid }) => (
        <AsyncSelect<Option, true>
          inputId={inputId}
          descriptionId={describedBy || undefined}
          isMulti
          isClearable={false}
          isInvalid={isInvalid}
          value={selected}
          loadOptions={load}
          placeholder="Find people by name or email"
          noOptionsMessage={({ inputValue }) =>
            inputValue.trim() ? 'Nobody you can find matches' : 'Type a name or email'
          }
          onChange={(chosen) => onChange(chosen.map((option) => option.value))}
        />
      )}
    </FieldBlock>
  );
}
