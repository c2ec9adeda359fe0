/**
 * Picks an organisation from the directory by typing part of its name; the server searches (names, short
 * names, credit codes), so the list never has to hold the whole directory. Works as an antd form control.
 */
import { Select, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { useT } from '../../../app/i18n';
import { useOrgList } from '../../organizations';
import { useDebouncedValue } from '../../../shared/hooks/use-debounced-value';
import { BODY_MESSAGES } from '../messages';

interface OrgSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (orgId: string | null) => void;
  /** The organisation already chosen, so its name shows before any search. */
  selected?: { id: string; name: string } | null;
  /** Organisations offered but not choosable, e.g. current members when adding one. */
  unavailable?: ReadonlySet<string>;
  allowClear?: boolean;
}

export function OrgSelect({ id, value, onChange, selected, unavailable, allowClear }: OrgSelectProps) {
  const t = useT(BODY_MESSAGES);
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const orgs = useOrgList({ q: q || undefined, page: 1 });
  // Remembers the chosen organisation's name, so it still shows after a later search no longer lists it.
  const [chosen, setChosen] = useState(selected ?? null);

  const options = useMemo(() => {
    const found = (orgs.data?.items ?? []).map((org) => ({
      value: org.id,
      label: unavailable?.has(org.id) ? t('orgSelect.alreadyMember', { name: org.name }) : org.name,
      disabled: unavailable?.has(org.id),
    }));
    if (chosen && chosen.id === value && !found.some((option) => option.value === chosen.id)) {
      found.unshift({ value: chosen.id, label: chosen.name, disabled: false });
    }
    return found;
  }, [orgs.data, chosen, value, unavailable, t]);

  const choose = (orgId: string | undefined) => {
    const name = orgs.data?.items.find((org) => org.id === orgId)?.name;
    setChosen(orgId && name ? { id: orgId, name } : null);
    onChange?.(orgId ?? null);
  };

  return (
    <Select<string>
      id={id}
      value={value ?? undefined}
      onChange={choose}
      options={options}
      allowClear={allowClear}
      placeholder={t('orgSelect.placeholder')}
      // The server has searched already; filtering again here would hide matches on the short name or code.
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={orgs.isFetching}
      notFoundContent={orgs.isFetching ? <Spin size="small" /> : t('orgSelect.empty')}
    />
  );
}
