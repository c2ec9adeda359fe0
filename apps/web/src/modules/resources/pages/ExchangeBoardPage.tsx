/** The exchange board (倡议书 三 师资互派、职业体验互动): every member's offers, requests and activities, filtered. */
import { EXCHANGE_POST_KINDS, type TExchangeBoardQuery } from '@chanjiao/contracts/resources/index';
import { Card, Checkbox, Col, Empty, Row, Select, Space } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { useCatalogueGroups } from '../components/CataloguePickers';
import { ExchangePostTable } from '../components/ExchangePostParts';
import { ResourcesBodyPicker } from '../components/ResourcesBodyPicker';
import { useExchangeBoard } from '../hooks/exchange-api';
import { useResourcesBody } from '../hooks/use-resources-body';
import { EXCHANGE_MESSAGES } from '../exchange-messages';
import { RESOURCES_MESSAGES } from '../resources-messages';

function Board({ bodyId }: { bodyId: string }) {
  const t = useT(EXCHANGE_MESSAGES);
  const bilingual = useBilingual();
  const groups = useCatalogueGroups();
  const [query, setQuery] = useState<Partial<TExchangeBoardQuery>>({ status: 'open' });
  const board = useExchangeBoard(bodyId, query);
  const set = (patch: Partial<TExchangeBoardQuery>) => setQuery((previous) => ({ ...previous, ...patch }));
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Row gutter={[12, 12]} align="middle">
          <Col xs={24} md={6}>
            <Select
              aria-label={t('board.kind')}
              placeholder={t('board.kind')}
              allowClear
              style={{ width: '100%' }}
              value={query.kind}
              onChange={(kind) => set({ kind })}
              options={Object.entries(EXCHANGE_POST_KINDS).map(([value, label]) => ({ value, label: bilingual(label) }))}
            />
          </Col>
          <Col xs={24} md={10}>
            <Select
              aria-label={t('board.class')}
              placeholder={t('board.class')}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={groups.loading}
              style={{ width: '100%' }}
              value={query.classCode}
              onChange={(classCode) => set({ classCode })}
              options={groups.classes}
            />
          </Col>
          <Col xs={24} md={8}>
            <Checkbox checked={query.status === 'all'} onChange={(e) => set({ status: e.target.checked ? 'all' : 'open' })}>
              {t('board.closedToo')}
            </Checkbox>
          </Col>
        </Row>
      </Card>
      {board.isError && <QueryError error={board.error} onRetry={board.refetch} />}
      <Card size="small">
        <ExchangePostTable posts={board.data?.items ?? []} loading={board.isFetching} emptyText={t('board.empty')} />
      </Card>
    </Space>
  );
}

export default function ExchangeBoardPage() {
  const t = useT(EXCHANGE_MESSAGES);
  const tr = useT(RESOURCES_MESSAGES);
  const { bodyId, waiting } = useResourcesBody();
  return (
    <>
      <PageHeader title={t('board.title')} subtitle={t('board.subtitle')} actions={<ResourcesBodyPicker />} />
      {bodyId ? <Board bodyId={bodyId} /> : !waiting && <Empty description={tr('body.none')} />}
    </>
  );
}
