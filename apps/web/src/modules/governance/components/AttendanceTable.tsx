/** Attendance per member unit (章程第六条: the principal or the vice-principal in charge represents it). */
import type { TMeeting } from '@chanjiao/contracts/governance/meetings';
import { App, Button, Input, Select, Table } from 'antd';
import { useState } from 'react';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { JOINT_MEETING_MESSAGES } from '../joint-meeting-messages';
import { useMeetingActions } from '../hooks/joint-meeting-api';

type Row = TMeeting['attendance'][number];

export function AttendanceTable({ bodyId, meeting }: { bodyId: string; meeting: TMeeting }) {
  const t = useT(JOINT_MEETING_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const { attendance } = useMeetingActions(bodyId, meeting.id);
  const [edits, setEdits] = useState<Record<string, Partial<Row>>>({});
  const editable = meeting.abilities.manage && meeting.status === 'scheduled';
  const valueOf = (row: Row) => ({ ...row, ...edits[row.org.id] });
  const change = (orgId: string, patch: Partial<Row>) => setEdits((all) => ({ ...all, [orgId]: { ...all[orgId], ...patch } }));
  const save = () => {
    const entries = Object.keys(edits).flatMap((orgId) => {
      const row = valueOf(meeting.attendance.find((r) => r.org.id === orgId)!);
      return row.status
        ? [
            {
              orgId,
              status: row.status,
              representativeName: row.representativeName ?? undefined,
              representativeRole: row.representativeRole ?? undefined,
            },
          ]
        : [];
    });
    attendance.mutate(entries, {
      onSuccess: () => {
        setEdits({});
        void message.success(t('attendance.saved'));
      },
      onError: (error) => reportError(error),
    });
  };
  return (
    <>
      <Table
        rowKey={(row) => row.org.id}
        size="small"
        pagination={false}
        dataSource={meeting.attendance}
        columns={[
          { key: 'org', title: t('vote.unit'), render: (_, row) => row.org.name },
          {
            key: 'status',
            title: t('attendance.status'),
            width: 160,
            render: (_, row) =>
              editable ? (
                <Select
                  style={{ width: 140 }}
                  value={valueOf(row).status ?? undefined}
                  placeholder={t('attendance.unrecorded')}
                  onChange={(status) => change(row.org.id, { status })}
                  options={(['present', 'excused', 'unexcused'] as const).map((status) => ({
                    value: status,
                    label: t(`attendance.${status}`),
                  }))}
                />
              ) : row.status ? (
                t(`attendance.${row.status}`)
              ) : (
                t('attendance.unrecorded')
              ),
          },
          {
            key: 'rep',
            title: t('attendance.representative'),
            render: (_, row) =>
              editable && valueOf(row).status === 'present' ? (
                <>
                  <Input
                    style={{ width: 120, marginRight: 8 }}
                    value={valueOf(row).representativeName ?? ''}
                    placeholder={t('attendance.name')}
                    onChange={(event) => change(row.org.id, { representativeName: event.target.value })}
                  />
                  <Select
                    style={{ width: 140 }}
                    value={valueOf(row).representativeRole ?? undefined}
                    placeholder={t('attendance.role')}
                    onChange={(representativeRole) => change(row.org.id, { representativeRole })}
                    options={(['principal', 'vice_principal', 'other'] as const).map((role) => ({ value: role, label: t(`rep.${role}`) }))}
                  />
                </>
              ) : (
                [row.representativeName, row.representativeRole && t(`rep.${row.representativeRole}`)].filter(Boolean).join('，')
              ),
          },
        ]}
      />
      {editable && (
        <Button
          type="primary"
          style={{ marginTop: 12 }}
          disabled={Object.keys(edits).length === 0}
          loading={attendance.isPending}
          onClick={save}
        >
          {t('attendance.save')}
        </Button>
      )}
    </>
  );
}
