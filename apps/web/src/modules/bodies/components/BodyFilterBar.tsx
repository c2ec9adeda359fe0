import { BODY_KIND_NAMES, BODY_KINDS, type BodyKind } from '@chanjiao/contracts/bodies';
import { Button, Flex, Input, Select } from 'antd';
import { useBilingual, useT } from '../../../app/i18n';
import { APP_MESSAGES } from '../../../app/messages';
import { RegionCascader } from '../../reference/components/RegionCascader';
import type { BodyFilters } from '../body-filters';
import { BODY_MESSAGES } from '../messages';

interface BodyFilterBarProps {
  filters: BodyFilters;
  onChange: (change: BodyFilters) => void;
}

export function BodyFilterBar({ filters, onChange }: BodyFilterBarProps) {
  const t = useT(BODY_MESSAGES);
  const tApp = useT(APP_MESSAGES);
  const bilingual = useBilingual();
  const kindOptions = BODY_KIND_NAMES.map((kind) => ({ value: kind, label: bilingual(BODY_KINDS[kind]) }));
  const filtered = !!(filters.q || filters.kind || filters.region);
  return (
    <Flex gap={12} wrap style={{ marginBottom: 16 }}>
      <Input.Search
        // A new key when the address changes (reset, back button), so the box shows the search in force.
        key={filters.q ?? ''}
        defaultValue={filters.q}
        placeholder={t('list.search')}
        aria-label={t('list.search')}
        allowClear
        enterButton={tApp('common.search')}
        maxLength={50}
        style={{ width: 320, maxWidth: '100%' }}
        onSearch={(value) => onChange({ q: value.trim() || undefined })}
      />
      <Select<BodyKind>
        allowClear
        placeholder={t('list.allKinds')}
        aria-label={t('column.kind')}
        options={kindOptions}
        value={filters.kind}
        onChange={(kind) => onChange({ kind })}
        style={{ width: 200 }}
      />
      <RegionCascader
        placeholder={t('list.allRegions')}
        value={filters.region}
        onChange={(region) => onChange({ region })}
        style={{ width: 240 }}
      />
      {filtered && (
        <Button onClick={() => onChange({ q: undefined, kind: undefined, region: undefined })}>{tApp('common.reset')}</Button>
      )}
    </Flex>
  );
}
