import { BODY_KIND_NAMES, BODY_KINDS, type BodyKind } from '@chanjiao/contracts/bodies';
import { useBilingual, useT } from '../../../app/i18n';
import { KindRegionFilterBar } from '../../../shared/components/KindRegionFilterBar';
import type { BodyFilters } from '../body-filters';
import { BODY_MESSAGES } from '../messages';

interface BodyFilterBarProps {
  filters: BodyFilters;
  onChange: (change: BodyFilters) => void;
}

export function BodyFilterBar({ filters, onChange }: BodyFilterBarProps) {
  const t = useT(BODY_MESSAGES);
  const bilingual = useBilingual();
  return (
    <KindRegionFilterBar<BodyKind>
      filters={filters}
      onChange={onChange}
      labels={{ search: t('list.search'), kind: t('column.kind'), allKinds: t('list.allKinds'), allRegions: t('list.allRegions') }}
      kindOptions={BODY_KIND_NAMES.map((kind) => ({ value: kind, label: bilingual(BODY_KINDS[kind]) }))}
    />
  );
}
