import { ORG_TYPES, type OrgType } from '@chanjiao/contracts/organizations';
import { Button, Flex, Input, Select } from 'antd';
import { useT, useBilingual } from '../../../app/i18n';
import { APP_MESSAGES } from '../../../app/messages';
import { RegionCascader } from '../../reference/components/RegionCascader';
import type { OrgFilters } from '../org-filters';
import { ORG_MESSAGES } from '../messages';

interface OrgFilterBarProps {
  filters: OrgFilters;
  onChange: (change: OrgFilters) => void;
}

export function OrgFilterBar({ filters, onChange }: OrgFilterBarProps) {
  const t = useT(ORG_MESSAGES);
  const tApp = useT(APP_MESSAGES);
  const bilingual = useBilingual();
  const typeOptions = (Object.keys(ORG_TYPES) as OrgType[]).map((type) => ({ value: type, label: bilingual(ORG_TYPES[type]) }));
  const filtered = !!(filters.q || filters.type || filters.region);
  return (
    <Flex gap={12} wrap style={{ marginBottom: 16 }}>
      <Input.Search
        // Remount when the address changes (reset, back button) so the box shows the active search.
        key={filters.q ?? ''}
        defaultValue={filters.q}
        placeholder={t('list.search')}
        aria-label={t('list.search')}
        allowClear
        enterButton={tApp('common.search')}
        maxLength={50}
        style={{ width: 360, maxWidth: '100%' }}
        onSearch={(value) => onChange({ q: value.trim() || undefined })}
      />
      <Select<OrgType>
        allowClear
        placeholder={t('list.allTypes')}
        aria-label={t('column.type')}
        options={typeOptions}
        value={filters.type}
        onChange={(type) => onChange({ type })}
        style={{ width: 180 }}
      />
      <RegionCascader
        placeholder={t('list.allRegions')}
        value={filters.region}
        onChange={(region) => onChange({ region })}
        style={{ width: 240 }}
      />
      {filtered && (
        <Button onClick={() => onChange({ q: undefined, type: undefined, region: undefined })}>{tApp('common.reset')}</Button>
      )}
    </Flex>
  );
}
