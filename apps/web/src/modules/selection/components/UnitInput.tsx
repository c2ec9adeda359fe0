/**
 * A unit the 推荐书 names (lead school, member enterprise …). Typing searches the organisation directory; picking
 * a match keeps its id and credit code, so conflicts of interest and the park rule can recognise the unit. A unit
 * not in the directory is simply typed by name, as the paper form allows.
 */
import type { TUnitRef } from '@chanjiao/contracts/selection/index';
import { LinkOutlined } from '@ant-design/icons';
import { AutoComplete, Input, Tooltip } from 'antd';
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import { useDebouncedValue } from '../../../shared/hooks/use-debounced-value';
import { useOrgList } from '../../organizations';
import { SELECTION_MESSAGES } from '../messages';

const UNIT_NAME_MAX = 100;

interface UnitInputProps {
  id?: string;
  value?: TUnitRef | null;
  onChange?: (unit: TUnitRef) => void;
  disabled?: boolean;
}

export function UnitInput({ id, value, onChange, disabled }: UnitInputProps) {
  const t = useT(SELECTION_MESSAGES);
  const unit = value ?? { orgId: null, name: null, uscc: null };
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const orgs = useOrgList({ q: q || undefined, page: 1 });
  const found = q ? (orgs.data?.items ?? []) : [];
  const options = found.map((org) => ({ value: org.id, label: org.uscc ? `${org.name}（${org.uscc}）` : org.name }));
  // A directory unit is marked inside the input, so narrow member-table columns keep their width for the name.
  const linked = unit.orgId ? (
    <Tooltip title={t('unit.linked')}>
      <LinkOutlined aria-label={t('unit.linked')} style={{ color: 'var(--ant-color-primary)' }} />
    </Tooltip>
  ) : undefined;
  return (
    <AutoComplete
      id={id}
      value={unit.name ?? ''}
      options={options}
      disabled={disabled}
      showSearch={{
        // The server has searched names, short names and codes; filtering again here would hide matches.
        filterOption: false,
        onSearch: (text) => {
          setSearch(text);
          // Typed by hand: no longer the directory's unit, unless the user picks it again.
          onChange?.({ orgId: null, name: text, uscc: unit.orgId ? null : unit.uscc });
        },
      }}
      onSelect={(orgId: string) => {
        const org = found.find((candidate) => candidate.id === orgId);
        if (org) onChange?.({ orgId: org.id, name: org.name, uscc: org.uscc ?? null });
        setSearch('');
      }}
    >
      <Input maxLength={UNIT_NAME_MAX} placeholder={t('unit.placeholder')} suffix={linked} />
    </AutoComplete>
  );
}
