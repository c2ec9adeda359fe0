/** One audit entry in full: who, when, from where, on what, and the data before and after the change. */
import type { TAuditEntry } from '@chanjiao/contracts/audit';
import { auditActionLabel, auditEntityLabel, auditObjectName } from '@chanjiao/contracts/audit-labels';
import { Button, Collapse, Descriptions, type DescriptionsProps, Drawer, Empty, Flex, Table, Typography } from 'antd';
import { formatDateTime } from '../../../app/format';
import { useLocale, useT } from '../../../app/i18n';
import { displayValue, type FieldChange, readDetails } from '../audit-details';
import { AUDIT_MESSAGES } from '../messages';
import { ActorName } from './ActorName';
import { OutcomeTag } from './OutcomeTag';

const CODE = { fontFamily: 'monospace' } as const;

function ChangesTable({ changes }: { changes: FieldChange[] }) {
  const t = useT(AUDIT_MESSAGES);
  const cell = (value: unknown) => (
    <Typography.Text style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{displayValue(value)}</Typography.Text>
  );
  return (
    <Table<FieldChange & { key: number }>
      size="small"
      pagination={false}
      dataSource={changes.map((change, index) => ({ ...change, key: index }))}
      columns={[
        { key: 'field', title: t('detail.field'), width: 140, render: (_, row) => row.field ?? t('detail.wholeValue') },
        { key: 'before', title: t('detail.before'), render: (_, row) => cell(row.before) },
        { key: 'after', title: t('detail.after'), render: (_, row) => cell(row.after) },
      ]}
    />
  );
}

interface AuditEntryDrawerProps {
  entry: TAuditEntry | null;
  onClose: () => void;
  /** Narrows the log to the entity of this entry. */
  onShowEntity: (entityType: string, entityId: string) => void;
}

export function AuditEntryDrawer({ entry, onClose, onShowEntity }: AuditEntryDrawerProps) {
  const t = useT(AUDIT_MESSAGES);
  const locale = useLocale();
  const details = entry ? readDetails(entry.details) : null;

  const items: DescriptionsProps['items'] = entry
    ? [
        { key: 'at', label: t('column.at'), children: formatDateTime(entry.at, locale) },
        { key: 'outcome', label: t('column.outcome'), children: <OutcomeTag outcome={entry.outcome} /> },
        { key: 'actor', label: t('column.actor'), children: <ActorName entry={entry} /> },
        { key: 'actorId', label: t('detail.actorId'), children: entry.actorUserId && <span style={CODE}>{entry.actorUserId}</span> },
        {
          key: 'action',
          label: t('column.action'),
          children: (
            <>
              {auditActionLabel(entry.action, locale)}{' '}
              <Typography.Text type="secondary" style={CODE}>
                ({entry.action})
              </Typography.Text>
            </>
          ),
        },
        { key: 'entityType', label: t('detail.entityType'), children: auditEntityLabel(entry.entityType, locale) },
        { key: 'entityName', label: t('detail.entityName'), children: auditObjectName(entry.details) },
        {
          key: 'entityId',
          label: t('detail.entityId'),
          children: entry.entityId && (
            <Flex vertical align="start">
              <Typography.Text copyable style={CODE}>
                {entry.entityId}
              </Typography.Text>
              <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onShowEntity(entry.entityType, entry.entityId!)}>
                {t('detail.sameEntity')}
              </Button>
            </Flex>
          ),
        },
        { key: 'ip', label: t('column.ip'), children: entry.ip },
        { key: 'requestId', label: t('detail.requestId'), children: entry.requestId && <span style={CODE}>{entry.requestId}</span> },
        { key: 'userAgent', label: t('detail.userAgent'), children: entry.userAgent },
      ]
    : [];

  return (
    <Drawer open={!!entry} onClose={onClose} size={720} title={entry ? t('detail.title', { id: entry.id }) : ''} destroyOnHidden>
      {entry && details && (
        <Flex vertical gap={16}>
          <Descriptions bordered size="small" column={1} items={items} styles={{ label: { whiteSpace: 'nowrap' } }} />
          {details.changes.length > 0 && (
            <div>
              <Typography.Title level={5}>{t('detail.changes')}</Typography.Title>
              <ChangesTable changes={details.changes} />
            </div>
          )}
          {details.other.length > 0 && (
            <div>
              <Typography.Title level={5}>{t('detail.other')}</Typography.Title>
              <Descriptions
                bordered
                size="small"
                column={1}
                items={details.other.map(([key, value]) => ({
                  key,
                  label: <span style={CODE}>{key}</span>,
                  children: <span style={{ wordBreak: 'break-all' }}>{displayValue(value)}</span>,
                }))}
              />
            </div>
          )}
          {details.changes.length === 0 && details.other.length === 0 && (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.none')} />
          )}
          <Collapse
            size="small"
            items={[
              {
                key: 'raw',
                label: t('detail.raw'),
                children: <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{JSON.stringify(entry, null, 2)}</pre>,
              },
            ]}
          />
        </Flex>
      )}
    </Drawer>
  );
}
