/** One cross-selected course: the host accepts students, records results and closes it; home schools nominate. */
import {
  COURSE_MODES,
  COURSE_STATUSES,
  GRADING_SCHEMES,
  NOMINATION_STATUSES,
  type TCourseDetail,
  type TNomination,
} from '@chanjiao/contracts/resources/index';
import { App, Button, Card, Descriptions, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useReportError } from '../../../app/forms';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { AttendanceCard } from '../components/AttendanceCard';
import { AttendanceRate } from '../components/AttendanceRate';
import { CourseFormModal } from '../components/CourseFormModal';
import { ClassRuleModal } from '../components/ClassRuleModal';
import { DeclineModal } from '../components/DeclineModal';
import { NominateForm } from '../components/NominateForm';
import { ResultModal } from '../components/ResultModal';
import { SyllabusCard } from '../components/SyllabusCard';
import { COURSE_OPERATIONS_MESSAGES } from '../course-operations-messages';
import { COURSES_MESSAGES } from '../courses-messages';
import { useCourse, useCourseActions } from '../hooks/courses-api';
import { useResourcesBody } from '../hooks/use-resources-body';
import { RESOURCES_MESSAGES } from '../resources-messages';

function resultText(n: TNomination, t: (key: 'nomination.passed' | 'nomination.failed') => string) {
  if (n.score !== null) return String(n.score);
  if (n.passed !== null) return n.passed ? t('nomination.passed') : t('nomination.failed');
  return '—';
}

function Nominations({ bodyId, detail }: { bodyId: string; detail: TCourseDetail }) {
  const t = useT(COURSES_MESSAGES);
  const to = useT(COURSE_OPERATIONS_MESSAGES);
  const bilingual = useBilingual();
  const reportError = useReportError();
  const { course, mayManage } = detail;
  const actions = useCourseActions(bodyId, course.id);
  const [recording, setRecording] = useState<TNomination>();
  const [declining, setDeclining] = useState<TNomination>();
  const open = course.status === 'open';
  return (
    <>
      <Table<TNomination>
        rowKey="id"
        size="small"
        dataSource={detail.nominations}
        pagination={false}
        scroll={{ x: 850 }}
        locale={{ emptyText: t('nominations.empty') }}
        columns={[
          {
            key: 'student',
            title: t('student.name'),
            render: (_, n) => (
              <>
                {n.studentName}
                <div>{n.studentNumber}</div>
              </>
            ),
          },
          {
            key: 'home',
            title: t('student.home'),
            render: (_, n) => (
              <>
                {n.home.name}
                <div>{n.major}</div>
              </>
            ),
          },
          {
            key: 'status',
            title: t('nomination.status'),
            width: 140,
            render: (_, n) => (
              <>
                <Tag color={n.status === 'accepted' ? 'green' : undefined}>{bilingual(NOMINATION_STATUSES[n.status])}</Tag>
                {n.declineReason && <div>{n.declineReason}</div>}
              </>
            ),
          },
          { key: 'result', title: t('nomination.result'), width: 70, render: (_, n) => resultText(n, t) },
          { key: 'attendance', title: to('attendance.rate'), width: 130, render: (_, n) => <AttendanceRate summary={n.attendance} /> },
          {
            key: 'actions',
            width: 170,
            render: (_, n) => (
              <Space wrap size={0}>
                {mayManage && open && n.status === 'nominated' && (
                  <>
                    <Button
                      type="link"
                      size="small"
                      loading={actions.accept.isPending && actions.accept.variables === n.id}
                      onClick={() => actions.accept.mutate(n.id, { onError: (error) => reportError(error) })}
                    >
                      {t('nomination.accept')}
                    </Button>
                    <Button type="link" size="small" danger onClick={() => setDeclining(n)}>
                      {t('nomination.decline')}
                    </Button>
                  </>
                )}
                {mayManage && open && n.status === 'accepted' && (
                  <Button type="link" size="small" onClick={() => setRecording(n)}>
                    {t('nomination.record')}
                  </Button>
                )}
                {!mayManage && n.revealed && !open && n.status === 'accepted' && (
                  <Link to={`/resources/records/${n.studentId}?body=${bodyId}`}>{t('records.view')}</Link>
                )}
              </Space>
            ),
          },
        ]}
      />
      {recording && (
        <ResultModal
          bodyId={bodyId}
          courseId={course.id}
          grading={course.grading}
          nomination={recording}
          onClose={() => setRecording(undefined)}
        />
      )}
      {declining && <DeclineModal bodyId={bodyId} courseId={course.id} nomination={declining} onClose={() => setDeclining(undefined)} />}
    </>
  );
}

/** The home schools whose students of the course the user sees whole without hosting it: those it may decide for. */
function recognisingHomes(detail: TCourseDetail) {
  if (detail.mayManage || detail.course.status !== 'closed') return [];
  const homes = new Map(detail.nominations.filter((n) => n.revealed && n.status === 'accepted').map((n) => [n.home.id, n.home] as const));
  return [...homes.values()];
}

function Course({ bodyId, courseId }: { bodyId: string; courseId: string }) {
  const t = useT(COURSES_MESSAGES);
  const to = useT(COURSE_OPERATIONS_MESSAGES);
  const [classRule, setClassRule] = useState(false);
  const [changing, setChanging] = useState(false);
  const tr = useT(RESOURCES_MESSAGES);
  const bilingual = useBilingual();
  const { modal } = App.useApp();
  const reportError = useReportError();
  const detail = useCourse(bodyId, courseId);
  const actions = useCourseActions(bodyId, courseId);
  if (detail.isError) return <QueryError error={detail.error} onRetry={detail.refetch} />;
  if (!detail.data) return <Card loading />;
  const { course } = detail.data;
  const homes = recognisingHomes(detail.data);
  const close = () =>
    modal.confirm({
      title: t('course.close'),
      content: t('course.closeConfirm'),
      onOk: () => actions.close.mutateAsync(undefined).catch((error: unknown) => reportError(error)),
    });
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <>
            {course.name} {course.isGenerated && <Tag>{tr('generated')}</Tag>}
          </>
        }
        extra={
          <Space wrap>
            {homes.length > 0 && (
              <Button type="primary" onClick={() => setClassRule(true)}>
                {to('classRule.open')}
              </Button>
            )}
            {detail.data.mayManage && course.status === 'open' && (
              <>
                <Button onClick={() => setChanging(true)}>{t('course.change')}</Button>
                <Button onClick={close} loading={actions.close.isPending}>
                  {t('course.close')}
                </Button>
              </>
            )}
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
          <Descriptions.Item label={t('course.host')}>{course.host.name}</Descriptions.Item>
          <Descriptions.Item label={t('course.term')}>{course.term}</Descriptions.Item>
          <Descriptions.Item label={t('course.status')}>{bilingual(COURSE_STATUSES[course.status])}</Descriptions.Item>
          <Descriptions.Item label={t('course.credits')}>{course.credits}</Descriptions.Item>
          <Descriptions.Item label={t('course.hours')}>{course.hours}</Descriptions.Item>
          <Descriptions.Item label={t('course.taken')}>{`${course.accepted} / ${course.seats}`}</Descriptions.Item>
          <Descriptions.Item label={t('course.mode')}>{bilingual(COURSE_MODES[course.mode])}</Descriptions.Item>
          <Descriptions.Item label={t('course.grading')}>{bilingual(GRADING_SCHEMES[course.grading])}</Descriptions.Item>
          <Descriptions.Item label={t('course.hostTeacher')}>{course.hostTeacher}</Descriptions.Item>
          <Descriptions.Item label={t('course.prerequisites')}>{course.prerequisites ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <SyllabusCard bodyId={bodyId} courseId={courseId} mayUpload={detail.data.mayManage} />
      <Card title={t('nominations.title')}>
        <Nominations bodyId={bodyId} detail={detail.data} />
      </Card>
      {detail.data.mayManage && <AttendanceCard bodyId={bodyId} courseId={courseId} open={course.status === 'open'} />}
      {changing && <CourseFormModal bodyId={bodyId} orgId={course.host.id} course={course} onClose={() => setChanging(false)} />}
      {classRule && <ClassRuleModal bodyId={bodyId} course={course} homes={homes} onClose={() => setClassRule(false)} />}
      {detail.data.nominateFor.length > 0 && (
        <Card title={t('nominate.title')}>
          <NominateForm bodyId={bodyId} courseId={courseId} homes={detail.data.nominateFor} />
        </Card>
      )}
    </Space>
  );
}

export default function CourseDetailPage() {
  const t = useT(COURSES_MESSAGES);
  const { courseId = '' } = useParams();
  const { bodyId } = useResourcesBody();
  return (
    <>
      <PageHeader
        title={t('courses.title')}
        actions={<Link to={`/resources/courses${bodyId ? `?body=${bodyId}` : ''}`}>{t('courses.title')}</Link>}
      />
      {bodyId && <Course bodyId={bodyId} courseId={courseId} />}
    </>
  );
}
