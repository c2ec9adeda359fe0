/**
 * The 公示 of a call's results as the authority issues it: 文号, the 培育名单 (rank, consortium, park, total,
 * recommendation), the 公示期 with whether it is still running, whom to contact with an objection, and the 落款.
 */
import type { TPublicResults } from '@chanjiao/contracts/selection/index';
import { Alert, Descriptions, Skeleton, Table, Tag, Typography } from 'antd';
import { QueryError } from '../../../app/components/QueryError';
import { useT } from '../../../app/i18n';
import { useCompactScreen } from '../../../app/use-compact-screen';
import { usePublicResults } from '../hooks/use-selection';
import { SELECTION_MESSAGES } from '../messages';

type Entry = TPublicResults['entries'][number];

/** 2026-06-25 → 2026年6月25日, as the notice prints it. */
function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

function EntryList({ entries }: { entries: Entry[] }) {
  const t = useT(SELECTION_MESSAGES);
  const compact = useCompactScreen();
  // On a phone each consortium is a short card of its own: five columns would squeeze the long names.
  if (compact) {
    return (
      <>
        {entries.map((entry) => (
          <Descriptions
            key={`${entry.rank}${entry.consortiumName}`}
            size="small"
            bordered
            column={1}
            style={{ marginBottom: 8 }}
            items={[
              { key: 'name', label: t('publicity.rank') + ` ${entry.rank}`, children: entry.consortiumName },
              { key: 'park', label: t('app.park'), children: entry.parkName },
              { key: 'total', label: t('publicity.total'), children: entry.total },
              { key: 'recommended', label: t('publicity.recommended'), children: entry.recommended ? t('yes') : t('no') },
            ]}
          />
        ))}
      </>
    );
  }
  return (
    <Table<Entry>
      rowKey={(entry) => `${entry.rank}${entry.consortiumName}`}
      size="small"
      pagination={false}
      dataSource={entries}
      columns={[
        { title: t('publicity.rank'), width: 64, dataIndex: 'rank' },
        { title: t('app.consortium'), dataIndex: 'consortiumName' },
        { title: t('app.park'), dataIndex: 'parkName' },
        { title: t('publicity.total'), width: 80, dataIndex: 'total' },
        { title: t('publicity.recommended'), width: 130, render: (_, entry) => (entry.recommended ? t('yes') : t('no')) },
      ]}
    />
  );
}

export function PublicResults({ callId }: { callId: string }) {
  const t = useT(SELECTION_MESSAGES);
  const results = usePublicResults(callId);
  if (results.isPending) return <Skeleton active />;
  if (results.isError) return <QueryError error={results.error} onRetry={() => results.refetch()} />;
  const { notice, entries, publicityOver } = results.data;
  return (
    <div>
      <Typography.Paragraph style={{ textAlign: 'center' }}>{notice.documentNumber}</Typography.Paragraph>
      <Typography.Paragraph>
        {t('publicity.intro', { count: entries.length })}{' '}
        <Tag color={publicityOver ? 'default' : 'blue'}>{publicityOver ? t('publicity.over') : t('publicity.running')}</Tag>
      </Typography.Paragraph>
      <EntryList entries={entries} />
      <Alert
        type="info"
        showIcon
        style={{ marginTop: 12 }}
        title={t('publicity.period', { from: chineseDate(notice.publicityFrom), to: chineseDate(notice.publicityTo) })}
        description={t('publicity.objection', { contact: notice.objectionContact })}
      />
      <div style={{ textAlign: 'right', marginTop: 12 }}>
        <div>{notice.signatory}</div>
        <div>{chineseDate(notice.issuedOn)}</div>
      </div>
    </div>
  );
}
