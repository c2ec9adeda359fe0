/** 紧缺人才目录: the body's catalogues; the secretariat builds a draft by the rule, adjusts it and publishes it. */
import { SHORTAGE_STATUSES } from '@chanjiao/contracts/talent/index';
import { Button, Card, Empty, Flex, Select } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useCan } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { CatalogueBuildModal } from '../components/CatalogueBuildModal';
import { CatalogueDetails } from '../components/CatalogueDetails';
import { TalentBodyPicker } from '../components/TalentBodyPicker';
import { useCatalogues, useTalentAccess } from '../hooks/talent-api';
import { useTalentBody } from '../hooks/use-talent-body';
import { TALENT_MESSAGES } from '../talent-messages';
import { defaultStartYear } from '../talent-years';

function Catalogues({ bodyId }: { bodyId: string }) {
  const t = useT(TALENT_MESSAGES);
  const bilingual = useBilingual();
  const can = useCan();
  const access = useTalentAccess(bodyId);
  const catalogues = useCatalogues(bodyId);
  const [params, setParams] = useSearchParams();
  const [building, setBuilding] = useState(false);
  const items = catalogues.data?.items ?? [];
  const chosen = params.get('catalogue') ?? items[0]?.id;
  const choose = (id: string) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      next.set('catalogue', id);
      return next;
    });
  return (
    <Flex vertical gap={16}>
      <Card size="small">
        <Flex gap={12} wrap justify="space-between">
          <Select
            aria-label={t('shortage.title')}
            style={{ minWidth: 280, maxWidth: '100%' }}
            placeholder={t('shortage.choose')}
            value={chosen}
            onChange={choose}
            loading={catalogues.isPending}
            options={items.map((c) => ({ value: c.id, label: `${c.title}（${bilingual(SHORTAGE_STATUSES[c.status])}，${c.entryCount}）` }))}
          />
          {can('talent.analysis.manage') && access.data?.analysis && (
            <Button type="primary" onClick={() => setBuilding(true)}>
              {t('shortage.build')}
            </Button>
          )}
        </Flex>
      </Card>
      {catalogues.isError && <QueryError error={catalogues.error} onRetry={catalogues.refetch} />}
      {chosen ? <CatalogueDetails bodyId={bodyId} catalogueId={chosen} /> : catalogues.data && <Empty description={t('shortage.empty')} />}
      {building && (
        <CatalogueBuildModal bodyId={bodyId} defaultYear={defaultStartYear()} onBuilt={choose} onClose={() => setBuilding(false)} />
      )}
    </Flex>
  );
}

export default function ShortageCataloguePage() {
  const t = useT(TALENT_MESSAGES);
  const { bodyId, loading } = useTalentBody();
  return (
    <>
      <PageHeader title={t('shortage.title')} subtitle={t('shortage.subtitle')} actions={<TalentBodyPicker />} />
      {bodyId ? <Catalogues bodyId={bodyId} /> : !loading && <Empty description={t('body.none')} />}
    </>
  );
}
