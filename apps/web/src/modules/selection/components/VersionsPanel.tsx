/** Every submitted version, with the field-level differences between any two (or a version and the draft). */
import type { TFieldChange } from '@chanjiao/contracts/selection/index';
import { Empty, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../../app/format';
import { useLocale, useT } from '../../../app/i18n';
import { useDiff, useVersions } from '../hooks/use-selection';
import { SELECTION_MESSAGES } from '../messages';

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function VersionsPanel({ id, callId }: { id: string; callId?: string }) {
  const t = useT(SELECTION_MESSAGES);
  const locale = useLocale();
  const versions = useVersions(id, callId);
  const list = versions.data ?? [];
  const latest = list.at(-1)?.versionNo;
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>('draft');
  const fromValue = from ?? (latest ? String(latest) : null);
  const diff = useDiff(id, callId, fromValue, to);
  const options = [
    ...list.map((version) => ({ value: String(version.versionNo), label: t('versions.version', { n: version.versionNo }) })),
    { value: 'draft', label: t('versions.draft') },
  ];
  if (list.length === 0) return <Empty description={t('versions.none')} />;
  const kindTag = { added: 'green', removed: 'red', changed: 'blue' } as const;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Table
        size="small"
        rowKey="versionNo"
        pagination={false}
        dataSource={list}
        columns={[
          { title: t('versions.version', { n: '' }).trim(), render: (_, v) => t('versions.version', { n: v.versionNo }) },
          { title: t('versions.submittedAt'), render: (_, v) => formatDateTime(v.submittedAt, locale) },
          { title: t('versions.returnReason'), render: (_, v) => v.returnReason ?? '' },
        ]}
      />
      <Space>
        {t('versions.compare')}
        <Select value={fromValue} onChange={setFrom} options={options} style={{ width: 140 }} />
        →
        <Select value={to} onChange={setTo} options={options} style={{ width: 140 }} />
      </Space>
      {diff.data && diff.data.changes.length === 0 && <Typography.Text type="secondary">{t('versions.noChanges')}</Typography.Text>}
      {diff.data && diff.data.changes.length > 0 && (
        <Table<TFieldChange>
          size="small"
          rowKey="path"
          pagination={false}
          dataSource={diff.data.changes}
          columns={[
            { title: t('diff.field'), dataIndex: 'label', width: '40%' },
            {
              title: '',
              dataIndex: 'kind',
              width: 70,
              render: (kind: TFieldChange['kind']) => <Tag color={kindTag[kind]}>{t(`diff.${kind}`)}</Tag>,
            },
            { title: t('diff.before'), render: (_, change) => show(change.before) },
            { title: t('diff.after'), render: (_, change) => show(change.after) },
          ]}
        />
      )}
    </Space>
  );
}
