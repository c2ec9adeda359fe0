/** 学分互认: the home school's students with courses at other members; a student's learning record and decisions. */
import { RECOGNITION_OUTCOMES, type TLearningRecordEntry } from '@chanjiao/contracts/resources/index';
import { Button, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { LearningRecordCredentials } from '../components/LearningRecordCredentials';
import { RecognitionModal } from '../components/RecognitionModal';
import { ResourcesBodyPicker } from '../components/ResourcesBodyPicker';
import { COURSES_MESSAGES } from '../courses-messages';
import { useHomeStudents, useLearningRecord } from '../hooks/courses-api';
import { useMyOrgId } from '../hooks/use-my-org';
import { useResourcesBody } from '../hooks/use-resources-body';
import { RESOURCES_MESSAGES } from '../resources-messages';

function Students({ bodyId, orgId }: { bodyId: string; orgId: string }) {
  const t = useT(COURSES_MESSAGES);
  const students = useHomeStudents(bodyId, orgId);
  if (students.isError) return <QueryError error={students.error} onRetry={students.refetch} />;
  return (
    <Card>
      <Table
        rowKey="id"
        size="small"
        loading={students.isPending}
        dataSource={students.data?.items ?? []}
        pagination={false}
        scroll={{ x: 600 }}
        locale={{ emptyText: t('records.empty') }}
        columns={[
          {
            key: 'name',
            title: t('student.name'),
            render: (_, s) => (
              <>
                <Link to={`/resources/records/${s.id}?body=${bodyId}`}>{s.name}</Link>
                <div>{s.studentNumber}</div>
              </>
            ),
          },
          { key: 'major', title: t('student.major'), dataIndex: 'major' },
          { key: 'courses', title: t('records.courses'), dataIndex: 'courses', width: 90 },
          {
            key: 'awaiting',
            title: t('records.awaiting'),
            width: 80,
            render: (_, s) => (s.awaitingDecision > 0 ? <Tag color="orange">{s.awaitingDecision}</Tag> : 0),
          },
          { key: 'credits', title: t('records.credits'), dataIndex: 'creditsRecognised', width: 100 },
        ]}
      />
    </Card>
  );
}

function Record({ bodyId, studentId }: { bodyId: string; studentId: string }) {
  const t = useT(COURSES_MESSAGES);
  const tr = useT(RESOURCES_MESSAGES);
  const bilingual = useBilingual();
  const record = useLearningRecord(bodyId, studentId);
  const [deciding, setDeciding] = useState<TLearningRecordEntry>();
  if (record.isError) return <QueryError error={record.error} onRetry={record.refetch} />;
  if (!record.data) return <Card loading />;
  const { student } = record.data;
  return (
    <Card
      title={
        <>
          {t('record.title', { name: student.name })} {student.isGenerated && <Tag>{tr('generated')}</Tag>}
        </>
      }
    >
      <Typography.Paragraph>
        {student.home.name} · {student.studentNumber} · {student.major} · {t('record.total', { credits: record.data.creditsRecognised })}
      </Typography.Paragraph>
      <Table<TLearningRecordEntry>
        rowKey="nominationId"
        size="small"
        dataSource={record.data.entries}
        pagination={false}
        scroll={{ x: 760 }}
        columns={[
          {
            key: 'course',
            title: t('course.name'),
            render: (_, e) => (
              <>
                <Link to={`/resources/courses/${e.courseId}?body=${bodyId}`}>{e.courseName}</Link>
                <div>{e.host.name}</div>
              </>
            ),
          },
          { key: 'term', title: t('course.term'), dataIndex: 'term', width: 110 },
          { key: 'credits', title: t('course.credits'), dataIndex: 'credits', width: 60 },
          {
            key: 'result',
            title: t('nomination.result'),
            width: 70,
            render: (_, e) => e.score ?? (e.passed === null ? '—' : e.passed ? t('nomination.passed') : t('nomination.failed')),
          },
          {
            key: 'recognition',
            title: t('recognition.title'),
            render: (_, e) =>
              e.recognition ? (
                <>
                  <Tag color={e.recognition.outcome === 'refused' ? 'red' : 'green'}>
                    {bilingual(RECOGNITION_OUTCOMES[e.recognition.outcome])}
                  </Tag>
                  <div>
                    {[e.recognition.ownCourseName, `${e.recognition.credits} 学分`, e.recognition.grade].filter(Boolean).join(' · ')}
                  </div>
                  {e.recognition.reason && <Typography.Text type="secondary">{e.recognition.reason}</Typography.Text>}
                </>
              ) : (
                <Tag color="orange">{t('recognition.none')}</Tag>
              ),
          },
          {
            key: 'actions',
            width: 90,
            render: (_, e) =>
              e.courseClosed && (
                <Button type="link" size="small" onClick={() => setDeciding(e)}>
                  {e.recognition ? t('recognition.change') : t('recognition.decide')}
                </Button>
              ),
          },
        ]}
      />
      {deciding && (
        <RecognitionModal
          bodyId={bodyId}
          nominationId={deciding.nominationId}
          title={`${student.name} · ${deciding.courseName}`}
          current={deciding.recognition}
          onClose={() => setDeciding(undefined)}
        />
      )}
    </Card>
  );
}

export default function LearningRecordsPage() {
  const t = useT(COURSES_MESSAGES);
  const tr = useT(RESOURCES_MESSAGES);
  const { studentId } = useParams();
  const { bodyId, waiting } = useResourcesBody();
  const orgId = useMyOrgId();
  return (
    <>
      <PageHeader
        title={t('records.title')}
        subtitle={t('records.subtitle')}
        actions={
          <Space>
            {studentId && <Link to={`/resources/records${bodyId ? `?body=${bodyId}` : ''}`}>{t('records.all')}</Link>}
            <ResourcesBodyPicker />
          </Space>
        }
      />
      {!bodyId && !waiting && <Empty description={tr('body.none')} />}
      {bodyId && studentId && <Record bodyId={bodyId} studentId={studentId} />}
      {bodyId && studentId && <LearningRecordCredentials bodyId={bodyId} studentId={studentId} />}
      {bodyId && !studentId && orgId && <Students bodyId={bodyId} orgId={orgId} />}
    </>
  );
}
