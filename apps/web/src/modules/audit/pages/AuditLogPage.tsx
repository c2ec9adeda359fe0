/** 审计管理员: the audit log filtered, one entry in a drawer, the current filter exported, the chain verified. */
import { DownloadOutlined, SafetyOutlined } from '@ant-design/icons';
import { AUDIT_EXPORT_MAX_ROWS, type TAuditEntry, type TAuditVerification } from '@chanjiao/contracts/audit';
import { auditActionLabel, auditEntityLabel, auditObjectName } from '@chanjiao/contracts/audit-labels';
import { Button, Card, Table, type TableProps, Tooltip } from 'antd';
import { useState } from 'react';
import { RequirePermission, useCan } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { formatDateTime } from '../../../app/format';
import { useReportError } from '../../../app/forms';
import { useLocale, useT } from '../../../app/i18n';
import { APP_MESSAGES } from '../../../app/messages';
import { ActorName } from '../components/ActorName';
import { AuditEntryDrawer } from '../components/AuditEntryDrawer';
import { AuditFilterBar } from '../components/AuditFilterBar';
import { OutcomeTag } from '../components/OutcomeTag';
import { VerificationResult } from '../components/VerificationResult';
import { useAuditFilters } from '../hooks/use-audit-filters';
import { AUDIT_PAGE_SIZE, useAuditLog, useExportAuditLog, useVerifyAuditChain } from '../hooks/use-audit';
import { AUDIT_MESSAGES } from '../messages';

const CODE = { fontFamily: 'monospace' } as const;

/** 会议「一届二次会议」: the object's type by its label and its name where the entry recorded one; the id on hover. */
function AuditObject({ entry }: { entry: TAuditEntry }) {
  const locale = useLocale();
  const name = auditObjectName(entry.details);
  const text = `${auditEntityLabel(entry.entityType, locale)}${name ? (locale === 'zh-CN' ? `「${name}」` : ` “${name}”`) : ''}`;
  return entry.entityId ? (
    <Tooltip title={<span style={CODE}>{entry.entityId}</span>}>
      <span>{text}</span>
    </Tooltip>
  ) : (
    <span>{text}</span>
  );
}

function AuditLog() {
  const t = useT(AUDIT_MESSAGES);
  const tApp = useT(APP_MESSAGES);
  const locale = useLocale();
  const can = useCan();
  const reportError = useReportError();
  const [filters, setFilters] = useAuditFilters();
  const log = useAuditLog(filters);
  const exporting = useExportAuditLog();
  const verify = useVerifyAuditChain();
  const [opened, setOpened] = useState<TAuditEntry | null>(null);
  const [verification, setVerification] = useState<TAuditVerification | null>(null);

  const columns: TableProps<TAuditEntry>['columns'] = [
    { key: 'at', title: t('column.at'), width: 150, render: (_, entry) => formatDateTime(entry.at, locale) },
    { key: 'actor', title: t('column.actor'), width: 140, render: (_, entry) => <ActorName entry={entry} /> },
    {
      key: 'action',
      title: t('column.action'),
      width: 190,
      // The label reads as Chinese; the code stays one hover away for whoever filters by it.
      render: (_, entry) => (
        <Tooltip title={<span style={CODE}>{entry.action}</span>}>
          <span>{auditActionLabel(entry.action, locale)}</span>
        </Tooltip>
      ),
    },
    {
      key: 'entity',
      title: t('column.entity'),
      ellipsis: true,
      render: (_, entry) => <AuditObject entry={entry} />,
    },
    { key: 'outcome', title: t('column.outcome'), width: 90, render: (_, entry) => <OutcomeTag outcome={entry.outcome} /> },
    { key: 'ip', title: t('column.ip'), width: 130, render: (_, entry) => entry.ip },
    {
      key: 'view',
      width: 70,
      // The whole row opens the entry too; the button is what keyboards and screen readers reach.
      render: (_, entry) => (
        <Button type="link" size="small" onClick={() => setOpened(entry)}>
          {tApp('common.view')}
        </Button>
      ),
    },
  ];

  const runExport = () => exporting.mutate({ filters, fallbackName: t('export.fallbackName') }, { onError: (error) => reportError(error) });
  const runVerify = () => verify.mutate(undefined, { onSuccess: setVerification, onError: (error) => reportError(error) });

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        actions={
          <>
            {can('audit.verify') && (
              <Button icon={<SafetyOutlined />} loading={verify.isPending} onClick={runVerify}>
                {t('verify.action')}
              </Button>
            )}
            {can('audit.export') && (
              <Tooltip title={t('export.hint', { limit: AUDIT_EXPORT_MAX_ROWS.toLocaleString(locale) })}>
                <Button icon={<DownloadOutlined />} loading={exporting.isPending} onClick={runExport}>
                  {t('export.action')}
                </Button>
              </Tooltip>
            )}
          </>
        }
      />
      {verification && <VerificationResult result={verification} onClose={() => setVerification(null)} />}
      <Card>
        <AuditFilterBar filters={filters} onChange={setFilters} />
        {log.isError ? (
          <QueryError error={log.error} onRetry={log.refetch} />
        ) : (
          <Table<TAuditEntry>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={log.data?.items}
            loading={log.isFetching}
            scroll={{ x: 1000 }}
            locale={{ emptyText: t('list.empty') }}
            onRow={(entry) => ({ onClick: () => setOpened(entry), style: { cursor: 'pointer' } })}
            onChange={(pagination) => setFilters({ page: pagination.current ?? 1 })}
            pagination={{
              current: filters.page,
              pageSize: AUDIT_PAGE_SIZE,
              total: log.data?.total ?? 0,
              showSizeChanger: false,
              showTotal: (total) => t('list.total', { total }),
            }}
          />
        )}
      </Card>
      <AuditEntryDrawer
        entry={opened}
        onClose={() => setOpened(null)}
        onShowEntity={(entityType, entityId) => {
          setOpened(null);
          setFilters({ entityType, entityId });
        }}
      />
    </>
  );
}

export default function AuditLogPage() {
  return (
    <RequirePermission permission="audit.read">
      <AuditLog />
    </RequirePermission>
  );
}
