/** 个人信息: the students and teachers the user's unit (or, for the secretariat, every member) answers for, masked. */
import { PERSON_KINDS, type TPersonSummary } from '@chanjiao/contracts/resources/index';
import { Card, Empty, Input, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { ResourcesBodyPicker } from '../components/ResourcesBodyPicker';
import { usePeople } from '../hooks/people-api';
import { useResourcesBody } from '../hooks/use-resources-body';
import { PEOPLE_MESSAGES } from '../people-messages';
import { RESOURCES_MESSAGES } from '../resources-messages';

function People({ bodyId }: { bodyId: string }) {
  const t = useT(PEOPLE_MESSAGES);
  const bilingual = useBilingual();
  const [q, setQ] = useState('');
  const people = usePeople(bodyId, q);
  if (people.isError) return <QueryError error={people.error} onRetry={people.refetch} />;
  return (
    <Card>
      <Input.Search
        allowClear
        placeholder={t('people.search')}
        onSearch={(value) => setQ(value.trim())}
        style={{ maxWidth: 360, marginBottom: 12 }}
      />
      <Table<TPersonSummary>
        rowKey={(p) => `${p.kind}:${p.id}`}
        size="small"
        loading={people.isPending}
        dataSource={people.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 640 }}
        locale={{ emptyText: t('people.empty') }}
        columns={[
          {
            key: 'name',
            title: t('people.name'),
            render: (_, p) => (
              <>
                <Link to={`/resources/people/${p.kind}/${p.id}?body=${bodyId}`}>{p.name}</Link>{' '}
                {p.erasedAt && <Tag color="default">{t('people.erased')}</Tag>}
              </>
            ),
          },
          { key: 'identifier', title: t('people.identifier'), render: (_, p) => p.identifier ?? '—' },
          { key: 'kind', title: t('people.kind'), width: 120, render: (_, p) => <Tag>{bilingual(PERSON_KINDS[p.kind])}</Tag> },
          { key: 'org', title: t('people.org'), render: (_, p) => p.org.name },
          { key: 'records', title: t('people.records'), dataIndex: 'records', width: 100 },
        ]}
      />
    </Card>
  );
}

export default function PeoplePage() {
  const t = useT(PEOPLE_MESSAGES);
  const tr = useT(RESOURCES_MESSAGES);
  const { bodyId, waiting } = useResourcesBody();
  return (
    <>
      <PageHeader
        title={t('people.title')}
        subtitle={t('people.subtitle')}
        actions={
          <Space>
            <ResourcesBodyPicker />
          </Space>
        }
      />
      {!bodyId && !waiting && <Empty description={tr('body.none')} />}
      {bodyId && <People bodyId={bodyId} />}
    </>
  );
}
