/**
 * The dynamic resource database (工作计划 一(一) 建成动态资源数据库; 倡议书 三): the members' accepted resources searched in
 * Chinese, filtered, and counted per city as a table and a chart.
 */
import {
  RESOURCE_KINDS,
  type ResourceKind,
  type TResourceEntry,
  type TResourceSearchQuery,
  TRAINING_MODES,
} from '@chanjiao/contracts/resources/index';
import { Card, Checkbox, Col, Empty, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { useDebouncedValue } from '../../../shared/hooks/use-debounced-value';
import { useCatalogueGroups } from '../components/CataloguePickers';
import { CityChart } from '../components/CityChart';
import { ResourcesBodyPicker } from '../components/ResourcesBodyPicker';
import { useResourceSearch } from '../hooks/resources-api';
import { useResourcesBody } from '../hooks/use-resources-body';
import { RESOURCES_MESSAGES } from '../resources-messages';

const KIND_COLOURS: Record<ResourceKind, string> = { major: 'blue', base: 'green', partner: 'purple', course: 'gold' };

function Search({ bodyId }: { bodyId: string }) {
  const t = useT(RESOURCES_MESSAGES);
  const bilingual = useBilingual();
  const groups = useCatalogueGroups();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const [filters, setFilters] = useState<Partial<TResourceSearchQuery>>({});
  const [page, setPage] = useState(1);
  const query = { ...filters, q: q || undefined, page, pageSize: 20 };
  const result = useResourceSearch(bodyId, query);
  const [cityOptions, setCityOptions] = useState<{ value: string; label: string }[]>([]);
  const cities = result.data?.cities;
  // The city filter offers every city seen so far, so choosing one does not empty the list of the others.
  useEffect(() => {
    if (!cities) return;
    setCityOptions((known) => {
      const merged = new Map(known.map((o) => [o.value, o.label]));
      for (const c of cities) merged.set(c.cityCode, c.cityName);
      return [...merged].map(([value, label]) => ({ value, label }));
    });
  }, [cities]);
  const set = (patch: Partial<TResourceSearchQuery>) => {
    setFilters((previous) => ({ ...previous, ...patch }));
    setPage(1);
  };
  const labels = useMemo(
    () => ({
      title: t('cities.title'),
      majors: t('cities.col.majors'),
      bases: t('cities.col.bases'),
      partners: t('cities.col.partners'),
      courses: t('cities.col.courses'),
    }),
    [t],
  );
  const select = (key: keyof TResourceSearchQuery, placeholder: string, options: { value: string; label: string }[]) => (
    <Select
      aria-label={placeholder}
      placeholder={placeholder}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      style={{ width: '100%' }}
      value={filters[key] as string | undefined}
      onChange={(value: string | undefined) => set({ [key]: value })}
      options={options}
    />
  );
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Row gutter={[12, 12]}>
          <Col xs={24} md={12}>
            <Input.Search
              allowClear
              aria-label={t('search.placeholder')}
              placeholder={t('search.placeholder')}
              value={text}
              onChange={(e) => (setText(e.target.value), setPage(1))}
            />
          </Col>
          <Col xs={12} md={6}>
            {select(
              'kind',
              t('search.kind'),
              Object.entries(RESOURCE_KINDS).map(([value, label]) => ({ value, label: bilingual(label) })),
            )}
          </Col>
          <Col xs={12} md={6}>
            {select('cityCode', t('search.city'), cityOptions)}
          </Col>
          <Col xs={24} md={8}>
            {select('categoryCode', t('search.category'), groups.categories)}
          </Col>
          <Col xs={24} md={8}>
            {select('classCode', t('search.class'), groups.classes)}
          </Col>
          <Col xs={12} md={4}>
            {select(
              'mode',
              t('search.mode'),
              Object.entries(TRAINING_MODES).map(([value, label]) => ({ value, label: bilingual(label) })),
            )}
          </Col>
          <Col xs={12} md={4}>
            <Checkbox
              checked={filters.openToMembers === true}
              onChange={(e) => set({ openToMembers: e.target.checked ? true : undefined })}
            >
              {t('search.openOnly')}
            </Checkbox>
          </Col>
        </Row>
      </Card>
      {result.isError && <QueryError error={result.error} onRetry={result.refetch} />}
      <Card size="small" title={t('search.total', { total: result.data?.total ?? 0 })}>
        <Table<TResourceEntry>
          rowKey="id"
          size="small"
          loading={result.isFetching}
          dataSource={result.data?.items ?? []}
          scroll={{ x: 820 }}
          locale={{ emptyText: t('search.empty') }}
          pagination={{
            current: page,
            pageSize: 20,
            total: result.data?.total ?? 0,
            onChange: setPage,
            hideOnSinglePage: true,
            showSizeChanger: false,
          }}
          columns={[
            {
              key: 'kind',
              title: t('search.col.kind'),
              width: 90,
              render: (_, e) => <Tag color={KIND_COLOURS[e.kind]}>{bilingual(RESOURCE_KINDS[e.kind])}</Tag>,
            },
            {
              key: 'title',
              title: t('search.col.title'),
              width: 220,
              render: (_, e) => (
                <>
                  {e.title} {e.openToMembers && e.kind !== 'major' && <Tag color="green">{t('search.open')}</Tag>}
                  {e.major && <div style={{ color: '#888' }}>{`${e.major.code} · ${e.major.className}`}</div>}
                </>
              ),
            },
            { key: 'summary', title: t('search.col.summary'), render: (_, e) => <Typography.Text>{e.summary}</Typography.Text> },
            {
              key: 'org',
              title: t('search.col.org'),
              width: 200,
              render: (_, e) => (
                <>
                  {e.org.name} {e.isGenerated && <Tag>{t('generated')}</Tag>}
                </>
              ),
            },
            { key: 'city', title: t('search.col.city'), width: 90, render: (_, e) => e.city?.name },
          ]}
        />
      </Card>
      <Card size="small" title={t('cities.title')}>
        <Table
          rowKey="cityCode"
          size="small"
          pagination={false}
          scroll={{ x: 560 }}
          dataSource={cities ?? []}
          columns={[
            { key: 'city', title: t('cities.col.city'), dataIndex: 'cityName' },
            { key: 'members', title: t('cities.col.members'), dataIndex: 'members', width: 80 },
            { key: 'majors', title: t('cities.col.majors'), dataIndex: 'majors', width: 70 },
            { key: 'bases', title: t('cities.col.bases'), dataIndex: 'bases', width: 80 },
            { key: 'workstations', title: t('cities.col.workstations'), dataIndex: 'workstations', width: 70 },
            { key: 'partners', title: t('cities.col.partners'), dataIndex: 'partners', width: 80 },
            { key: 'courses', title: t('cities.col.courses'), dataIndex: 'courses', width: 80 },
          ]}
        />
        {cities && cities.length > 0 && <CityChart cities={cities} labels={labels} />}
      </Card>
    </Space>
  );
}

export default function ResourceSearchPage() {
  const t = useT(RESOURCES_MESSAGES);
  const { bodyId, waiting } = useResourcesBody();
  return (
    <>
      <PageHeader title={t('search.title')} subtitle={t('search.subtitle')} actions={<ResourcesBodyPicker />} />
      {bodyId ? <Search bodyId={bodyId} /> : !waiting && <Empty description={t('body.none')} />}
    </>
  );
}
