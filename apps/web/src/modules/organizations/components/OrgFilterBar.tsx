import { ORG_TYPES, type OrgType } from '@chanjiao/contracts/organizations';
import { useBilingual, useT } from '../../../app/i18n';
import { KindRegionFilterBar } from '../../../shared/components/KindRegionFilterBar';
import type { OrgFilters } from '../org-filters';
import { ORG_MESSAGES } from '../messages';

interface OrgFilterBarProps {
  filters: OrgFilters;
  onChange: (change: OrgFilters) => void;
}

/** The organisations' "type" is the bar's kind. */
export function OrgFilterBar({ filters, onChange }: OrgFilterBarProps) {
  const t = useT(ORG_MESSAGES);
  const bilingual = useBilingual();
  return (
    <KindRegionFilterBar<OrgType>
      filters={{ q: filters.q, kind: filters.type, region: filters.region }}
      onChange={(change) => {
        const { kind, ...rest } = change;
        // A cleared choice arrives as `kind: undefined` and must clear the type, so test the key, not the value.
        onChange('kind' in change ? { ...rest, type: kind } : rest);
      }}
      labels={{ search: t('list.search'), kind: t('column.type'), allKinds: t('list.allTypes'), allRegions: t('list.allRegions') }}
      kindOptions={(Object.keys(ORG_TYPES) as OrgType[]).map((type) => ({ value: type, label: bilingual(ORG_TYPES[type]) }))}
      searchWidth={360}
      kindWidth={180}
    />
  );
}
