/** The host's attendance of its course: the sessions within the term, each student's marks and rate against the rule. */
import { ATTENDANCE_MARKS, type AttendanceMark, type TAttendanceSheet } from '@chanjiao/contracts/resources/index';
import { App, Button, Card, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useReportError } from '../../../app/forms';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { DateInput } from '../../../shared/components/DateInput';
import { COURSE_OPERATIONS_MESSAGES } from '../course-operations-messages';
import { useAttendanceActions, useAttendanceSheet } from '../hooks/course-operations-api';
import { AttendanceModal } from './AttendanceModal';
import { AttendanceRate } from './AttendanceRate';

type Student = TAttendanceSheet['students'][number];
const MARK_COLORS: Record<AttendanceMark, string | undefined> = { present: 'green', late: 'gold', leave: 'blue', absent: 'red' };

interface Props {
  bodyId: string;
  courseId: string;
  open: boolean;
}

export function AttendanceCard({ bodyId, courseId, open }: Props) {
  const t = useT(COURSE_OPERATIONS_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const sheet = useAttendanceSheet(bodyId, courseId, true);
  const { addSession } = useAttendanceActions(bodyId, courseId);
  const [form] = Form.useForm<{ sessionOn: string; topic?: string }>();
  const [marking, setMarking] = useState<TAttendanceSheet['sessions'][number]>();
  if (sheet.isError) return <QueryError error={sheet.error} onRetry={sheet.refetch} />;
  if (!sheet.data) return <Card loading title={t('attendance.title')} />;
  const { sessions, students, rule, term } = sheet.data;
  const add = (values: { sessionOn: string; topic?: string }) =>
    addSession.mutate(values, {
      onSuccess: () => {
        void message.success(t('attendance.addSession'));
        form.resetFields();
      },
      onError: (error) => reportError(error, { form }),
    });
  return (
    <Card title={t('attendance.title')}>
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          {t('attendance.rule', { name: rule.name })}；{t('attendance.term', term)}
        </Typography.Text>
        {sessions.length === 0 && <Typography.Text>{t('attendance.noSessions')}</Typography.Text>}
        {open && (
          <Form form={form} layout="inline" onFinish={add} style={{ rowGap: 8 }}>
            <Form.Item name="sessionOn" label={t('attendance.sessionOn')} rules={[{ required: true, message: '请选择上课日期' }]}>
              <DateInput disabledDate={(day) => day < term.from || day > term.to} />
            </Form.Item>
            <Form.Item name="topic" label={t('attendance.topic')}>
              <Input maxLength={100} style={{ width: 200 }} />
            </Form.Item>
            <Button htmlType="submit" loading={addSession.isPending}>
              {t('attendance.addSession')}
            </Button>
          </Form>
        )}
        <Table<Student>
          rowKey="nominationId"
          size="small"
          pagination={false}
          dataSource={students}
          scroll={{ x: 260 + sessions.length * 96 }}
          locale={{ emptyText: sessions.length === 0 ? t('attendance.noSessions') : t('attendance.noStudents') }}
          columns={[
            {
              key: 'student',
              title: '',
              fixed: 'left',
              width: 120,
              render: (_, s) => (
                <>
                  {s.studentName}
                  <div>{s.studentNumber}</div>
                </>
              ),
            },
            { key: 'rate', title: t('attendance.rate'), width: 130, render: (_, s) => <AttendanceRate summary={s.summary} /> },
            ...sessions.map((session) => ({
              key: session.id,
              width: 96,
              title: (
                <Space direction="vertical" size={0}>
                  <span>{session.sessionOn.slice(5)}</span>
                  {open && students.length > 0 && (
                    <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setMarking(session)}>
                      {t('attendance.mark')}
                    </Button>
                  )}
                </Space>
              ),
              render: (_: unknown, s: Student) => {
                const mark = s.marks.find((m) => m.sessionId === session.id)?.mark;
                return mark ? <Tag color={MARK_COLORS[mark]}>{bilingual(ATTENDANCE_MARKS[mark])}</Tag> : '—';
              },
            })),
          ]}
        />
      </Space>
      {marking && (
        <AttendanceModal bodyId={bodyId} courseId={courseId} session={marking} students={students} onClose={() => setMarking(undefined)} />
      )}
    </Card>
  );
}
