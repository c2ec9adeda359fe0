/** The host marks every accepted student at one session: 出勤/迟到/请假/缺勤, starting from the marks already set. */
import { ATTENDANCE_MARK_NAMES, ATTENDANCE_MARKS, type AttendanceMark, type TAttendanceSheet } from '@chanjiao/contracts/resources/index';
import { App, Button, Modal, Radio, Space, Table } from 'antd';
import { useState } from 'react';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { COURSE_OPERATIONS_MESSAGES } from '../course-operations-messages';
import { useAttendanceActions } from '../hooks/course-operations-api';

type Student = TAttendanceSheet['students'][number];

interface Props {
  bodyId: string;
  courseId: string;
  session: TAttendanceSheet['sessions'][number];
  students: Student[];
  onClose: () => void;
}

export function AttendanceModal({ bodyId, courseId, session, students, onClose }: Props) {
  const t = useT(COURSE_OPERATIONS_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const { mark } = useAttendanceActions(bodyId, courseId);
  const [marks, setMarks] = useState<Record<string, AttendanceMark>>(() =>
    Object.fromEntries(students.map((s) => [s.nominationId, s.marks.find((m) => m.sessionId === session.id)?.mark ?? 'present'] as const)),
  );
  const save = () =>
    mark.mutate(
      { sessionId: session.id, marks: Object.entries(marks).map(([nominationId, value]) => ({ nominationId, mark: value })) },
      {
        onSuccess: () => {
          void message.success(t('attendance.saved'));
          onClose();
        },
        onError: (error) => reportError(error),
      },
    );
  return (
    <Modal
      open
      width={640}
      title={t('attendance.markTitle', { date: session.sessionOn })}
      onCancel={onClose}
      onOk={save}
      confirmLoading={mark.isPending}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Button size="small" onClick={() => setMarks(Object.fromEntries(students.map((s) => [s.nominationId, 'present'])))}>
          {t('attendance.allPresent')}
        </Button>
        <Table<Student>
          rowKey="nominationId"
          size="small"
          pagination={false}
          dataSource={students}
          scroll={{ x: 480 }}
          columns={[
            {
              key: 'student',
              render: (_, s) => (
                <>
                  {s.studentName}
                  <div>{s.studentNumber}</div>
                </>
              ),
            },
            {
              key: 'mark',
              render: (_, s) => (
                <Radio.Group
                  aria-label={`${s.studentName} ${t('attendance.title')}`}
                  optionType="button"
                  size="small"
                  value={marks[s.nominationId]}
                  onChange={(e) => setMarks({ ...marks, [s.nominationId]: e.target.value as AttendanceMark })}
                  options={ATTENDANCE_MARK_NAMES.map((m) => ({ value: m, label: bilingual(ATTENDANCE_MARKS[m]) }))}
                />
              ),
            },
          ]}
        />
      </Space>
    </Modal>
  );
}
