/**
 * The filter bar of the directory lists (organisations, bodies): a search box, one choice of kind and a region,
 * with a reset shown while any filter is set.
 */
import { Button, Flex, Select } from 'antd';
import { SearchBox } from '../../app/components/SearchBox';
import { useT } from '../../app/i18n';
import { APP_MESSAGES } from '../../app/messages';
import { RegionCascader } from './RegionCascader';

export interface KindRegionFilters<K extends string> {
  q?: string;
  kind?: K;
  region?: string;
}

interface KindRegionFilterBarProps<K extends string> {
  filters: KindRegionFilters<K>;
  onChange: (change: KindRegionFilters<K>) => void;
  labels: { search: string; kind: string; allKinds: string; allRegions: string };
  kindOptions: { value: K; label: string }[];
  searchWidth?: number;
  kindWidth?: number;
}

export function KindRegionFilterBar<K extends string>({
  filters,
  onChange,
  labels,
  kindOptions,
  searchWidth,
  kindWidth = 200,
}: KindRegionFilterBarProps<K>) {
  const tApp = useT(APP_MESSAGES);
  const filtered = !!(filters.q || filters.kind || filters.region);
  return (
    <Flex gap={12} wrap style={{ marginBottom: 16 }}>
      <SearchBox label={labels.search} value={filters.q} onSearch={(q) => onChange({ q })} width={searchWidth} />
      <Select<K>
        allowClear
        placeholder={labels.allKinds}
        aria-label={labels.kind}
        options={kindOptions}
        value={filters.kind}
        onChange={(kind) => onChange({ kind })}
        style={{ width: kindWidth }}
      />
      <RegionCascader
        placeholder={labels.allRegions}
        value={filters.region}
        onChange={(region) => onChange({ region })}
        style={{ width: 240 }}
      />
      {filtered && <Button onClick={() => onChange({ q: undefined, kind: undefined, region: undefined })}>{tApp('common.reset')}</Button>}
    </Flex>
  );
}
