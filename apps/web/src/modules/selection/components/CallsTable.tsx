/** A list of calls with their status and deadline; the action column is the caller's. */
import type { TCallSummary } from '@chanjiao/contracts/selection/index';
import { Table, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../../app/i18n';
import { SELECTION_MESSAGES } from '../messages';
import { CallPhaseTag } from './CallPhaseTag';

export function CallsTable({
  calls,
  loading,
  action,
}: {
  calls: TCallSummary[];
  loading: boolean;
  action?: (call: TCallSummary) => ReactNode;
}) {
  const t = useT(SELECTION_MESSAGES);
  return (
    <Table<TCallSummary>
      rowKey="id"
      loading={loading}
      dataSource={calls}
      pagination={false}
      locale={{ emptyText: t('call.empty') }}
      columns={[
        {
          title: t('call.title'),
          render: (_, call) => (
            <>
              {call.title} {call.isGenerated && <Tag>{t('generated')}</Tag>}
            </>
          ),
        },
        { title: t('call.documentNumber'), dataIndex: 'documentNumber' },
        { title: t('call.authority'), render: (_, call) => call.authority.name },
        { title: t('call.deadline'), render: (_, call) => call.deadline.replace('T', ' ') },
        {
          title: t('call.status'),
          render: (_, call) => <CallPhaseTag phase={call.phase} />,
        },
        ...(action ? [{ title: '', render: (_: unknown, call: TCallSummary) => action(call) }] : []),
      ]}
    />
  );
}
