/** One shortage catalogue: its rule, its majors with the evidence behind each, the secretariat's edits, its history. */
import { SHORTAGE_STATUSES, type ShortageStatus, type TShortageEntry } from '@chanjiao/contracts/talent/index';
import { Alert, App, Button, Card, Flex, List, Popconfirm, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../../app/format';
import { useReportError } from '../../../app/forms';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useLocale, useT } from '../../../app/i18n';
import { useCatalogue, useCatalogueActions, useTalentAccess } from '../hooks/talent-api';
import { useActorName } from '../hooks/use-actor-name';
import { TALENT_MESSAGES } from '../talent-messages';
import { CatalogueBuildModal } from './CatalogueBuildModal';
import { CatalogueEntryModal } from './CatalogueEntryModal';
import { ReasonModal } from './ReasonModal';

const STATUS_COLORS: Record<ShortageStatus, string> = { draft: 'default', published: 'green', withdrawn: 'red' };

function Evidence({ entry }: { entry: TShortageEntry }) {
  const t = useT(TALENT_MESSAGES);
  const bilingual = useBilingual();
  return (
    <Flex vertical gap={8}>
      {entry.reason && <Alert type="warning" showIcon message={`${t('shortage.origin.secretariat')}：${entry.reason}`} />}
      <List
        size="small"
        header={t('shortage.evidence')}
        dataSource={entry.explanation}
        renderItem={(line) => <List.Item>{bilingual(line)}</List.Item>}
      />
      <List
        size="small"
        header={t('shortage.evidence.demands')}
        dataSource={entry.demands}
        renderItem={(d) => (
          <List.Item>{t('shortage.evidence.counted', { org: d.orgName, position: d.position, count: d.counted })}</List.Item>
        )}
      />
    </Flex>
  );
}

export function CatalogueDetails({ bodyId, catalogueId }: { bodyId: string; catalogueId: string }) {
  const t = useT(TALENT_MESSAGES);
  const actorName = useActorName();
  const bilingual = useBilingual();
  const locale = useLocale();
  const { message } = App.useApp();
  const reportError = useReportError();
  const catalogue = useCatalogue(bodyId, catalogueId);
  const access = useTalentAccess(bodyId);
  const actions = useCatalogueActions(bodyId);
  const [dialog, setDialog] = useState<
    { kind: 'rebuild' } | { kind: 'add' } | { kind: 'remove'; entry: TShortageEntry } | { kind: 'withdraw' } | null
  >(null);
  if (catalogue.isError) return <QueryError error={catalogue.error} onRetry={catalogue.refetch} />;
  if (!catalogue.data) return <Card loading />;
  const c = catalogue.data;
  const done = { onSuccess: () => (void message.success(t('saved')), setDialog(null)), onError: (error: unknown) => reportError(error) };
  const statusName = (status: string | null) => (status ? bilingual(SHORTAGE_STATUSES[status as ShortageStatus]) : '—');
  return (
    <Card
      title={
        <Space wrap>
          {c.title}
          <Tag color={STATUS_COLORS[c.status]}>{bilingual(SHORTAGE_STATUSES[c.status])}</Tag>
          {c.isGenerated && <Tag>{t('generated')}</Tag>}
        </Space>
      }
      extra={
        <Space wrap>
          {c.abilities.edit && <Button onClick={() => setDialog({ kind: 'rebuild' })}>{t('shortage.rebuild')}</Button>}
          {c.abilities.edit && <Button onClick={() => setDialog({ kind: 'add' })}>{t('shortage.add')}</Button>}
          {c.abilities.edit && (
            <Popconfirm
              title={t('shortage.publish.confirm')}
              onConfirm={() => actions.status.mutate({ catalogueId, action: 'publish', version: c.version }, done)}
            >
              <Button type="primary">{t('shortage.publish')}</Button>
            </Popconfirm>
          )}
          {c.status === 'published' && access.data?.analysis && (
            <Button danger onClick={() => setDialog({ kind: 'withdraw' })}>
              {t('shortage.withdraw')}
            </Button>
          )}
        </Space>
      }
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} message={`${t('shortage.rule')}：${bilingual(c.rule)}`} />
      <Table
        rowKey="id"
        size="small"
        dataSource={c.entries}
        pagination={false}
        scroll={{ x: 820 }}
        expandable={{ expandedRowRender: (entry) => <Evidence entry={entry} /> }}
        columns={[
          {
            key: 'major',
            title: t('shortage.col.major'),
            render: (_, e) => (
              <Typography.Text delete={e.removed}>
                {`${e.majorCode} ${e.majorName}`}
                <div style={{ color: '#888' }}>{e.level}</div>
                {e.removed && <div>{t('shortage.removed', { reason: e.removedReason ?? '' })}</div>}
              </Typography.Text>
            ),
          },
          { key: 'class', title: t('shortage.col.class'), width: 200, render: (_, e) => `${e.className} / ${e.categoryName}` },
          {
            key: 'figures',
            title: t('shortage.col.figures'),
            width: 150,
            render: (_, e) => `${e.demand} / ${e.supply} / ${e.gap > 0 ? '+' : ''}${e.gap}`,
          },
          { key: 'enterprises', title: t('shortage.col.enterprises'), width: 90, dataIndex: 'enterprises' },
          {
            key: 'origin',
            title: t('shortage.col.origin'),
            width: 110,
            render: (_, e) => <Tag>{t(e.origin === 'rule' ? 'shortage.origin.rule' : 'shortage.origin.secretariat')}</Tag>,
          },
          {
            key: 'actions',
            width: 80,
            render: (_, e) =>
              c.abilities.edit &&
              !e.removed && (
                <Button size="small" type="link" danger onClick={() => setDialog({ kind: 'remove', entry: e })}>
                  {t('shortage.remove')}
                </Button>
              ),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('shortage.history')}
      </Typography.Title>
      <Timeline
        items={c.history.map((h) => ({
          children: (
            <>
              {t('shortage.history.line', {
                at: formatDateTime(h.at, locale),
                by: actorName(h.by),
                from: statusName(h.from),
                to: statusName(h.to),
              })}
              {h.reason && <div style={{ color: '#888' }}>{h.reason}</div>}
            </>
          ),
        }))}
      />
      {dialog?.kind === 'rebuild' && (
        <CatalogueBuildModal
          bodyId={bodyId}
          rebuilding={c}
          defaultYear={c.startYear}
          onBuilt={() => undefined}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'add' && (
        <CatalogueEntryModal bodyId={bodyId} catalogueId={catalogueId} version={c.version} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'remove' && (
        <ReasonModal
          title={`${t('shortage.remove')}：${dialog.entry.majorName}`}
          version={c.version}
          pending={actions.remove.isPending}
          onClose={() => setDialog(null)}
          onSubmit={(reason) => actions.remove.mutate({ catalogueId, entryId: dialog.entry.id, reason, version: c.version }, done)}
        />
      )}
      {dialog?.kind === 'withdraw' && (
        <ReasonModal
          title={t('shortage.withdraw')}
          version={c.version}
          pending={actions.status.isPending}
          onClose={() => setDialog(null)}
          onSubmit={(reason) => actions.status.mutate({ catalogueId, action: 'withdraw', reason, version: c.version }, done)}
        />
      )}
    </Card>
  );
}
