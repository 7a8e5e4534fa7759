import { AsyncSelect } from '@atlaskit/select';
import { invoke } from '../client/invoke';

export interface ProjectOption {
  label: string;
  value: string;
}

/**
 * "Only this project": the projects the viewer may browse whose key or name contains what they
 * type (`projects.search`, 20 at a time), so a site of 500 projects is one short request a keystroke.
 */
export function ProjectFilter({
  inputId,
  value,
  onChange,
}: {
  inputId: string;
  value: ProjectOption | null;
  onChange: (option: ProjectOption | null) => void;
}) {
  const load = async (text: string): Promise<ProjectOption[]> => {
    const { projects, more } = await invoke('projects.search', { text });
    const options = projects.map((p) => ({ value: p.id, label: `${p.name} (${p.key})` }));
    // Say that the list is partial, rather than letting it look complete.
    return more
      ? [...options, { value: '', label: 'More projects match: type more of the name or key' }]
      : options;
  };
  return (
    <AsyncSelect<ProjectOption>
      inputId={inputId}
      cacheOptions
      defaultOptions
      isClearable
      loadOptions={load}
      value={value}
      isOptionDisabled={(option) => option.value === ''}
      placeholder="All projects"
      noOptionsMessage={() => 'No project you can view matches'}
      onChange={(option) => onChange(option ?? null)}
    />
  );
}
