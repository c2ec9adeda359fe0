/** A searchable pick of the organisation or body a role applies to. */
import { Select, Spin } from 'antd';
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import { type ScopeKind, type ScopeOption, useScopeOptions } from '../hooks/use-scope-options';
import { ADMIN_MESSAGES } from '../messages';

interface ScopeSelectProps {
  kind: ScopeKind;
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
}

export function ScopeSelect({ kind, value, onChange, id }: ScopeSelectProps) {
  const t = useT(ADMIN_MESSAGES);
  const [typed, setTyped] = useState('');
  // The chosen record stays among the options after a new search, so its name (not its id) stays shown.
  const [chosen, setChosen] = useState<ScopeOption | null>(null);
  const found = useScopeOptions(kind, typed);
  const options = found.data ?? [];
  const shown =
    chosen && chosen.value === value && !options.some((option) => option.value === chosen.value) ? [chosen, ...options] : options;
  return (
    <Select<string, ScopeOption>
      id={id}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      allowClear
      value={value}
      onChange={(next, option) => {
        setChosen(option && !Array.isArray(option) ? option : null);
        onChange?.(next);
      }}
      placeholder={t(kind === 'org' ? 'scopeSelect.org' : 'scopeSelect.body')}
      options={shown}
      notFoundContent={found.isFetching ? <Spin size="small" /> : t('scopeSelect.empty')}
      style={{ width: '100%' }}
    />
  );
}
