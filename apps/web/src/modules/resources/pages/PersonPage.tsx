/** One student or teacher, masked, with the three rights: 显示完整信息, 导出个人数据, 删除个人信息. */
import {
  AGREEMENT_STATUSES,
  type AgreementStatus,
  COURSE_STATUSES,
  type CourseStatus,
  NOMINATION_STATUSES,
  type NominationStatus,
  PERSON_KINDS,
  type PersonKind,
  RECOGNITION_OUTCOMES,
  type RecognitionOutcome,
  type TPerson,
  type TPersonCourse,
  type TPersonExchange,
  type TPersonHostedCourse,
  type TRevealedPerson,
} from '@chanjiao/contracts/resources/index';
import { Alert, Button, Card, Descriptions, Empty, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { formatDateTime } from '../../../app/format';
import { useBilingual, useLocale, useT } from '../../../app/i18n';
import { ErasePersonModal } from '../components/ErasePersonModal';
import { ExportPersonModal } from '../components/ExportPersonModal';
import { ResourcesBodyPicker } from '../components/ResourcesBodyPicker';
import { RevealPersonModal } from '../components/RevealPersonModal';
import { usePerson } from '../hooks/people-api';
import { useResourcesBody } from '../hooks/use-resources-body';
import { PEOPLE_MESSAGES } from '../people-messages';
import { RESOURCES_MESSAGES } from '../resources-messages';

type Dialog = 'reveal' | 'export' | 'erase' | undefined;

function Courses({ items }: { items: TPersonCourse[] }) {
  const t = useT(PEOPLE_MESSAGES);
  const bilingual = useBilingual();
  return (
    <Table<TPersonCourse>
      rowKey={(c) => `${c.courseName}:${c.term}`}
      size="small"
      pagination={false}
      dataSource={items}
      scroll={{ x: 640 }}
      columns={[
        {
          key: 'course',
          title: t('person.course'),
          render: (_, c) => (
            <>
              {c.courseName}
              <div>{c.host.name}</div>
            </>
          ),
        },
        { key: 'term', title: t('person.term'), dataIndex: 'term', width: 110 },
        {
          key: 'status',
          title: t('person.status'),
          width: 90,
          render: (_, c) => bilingual(NOMINATION_STATUSES[c.status as NominationStatus]),
        },
        {
          key: 'result',
          title: t('person.result'),
          width: 80,
          render: (_, c) => c.score ?? (c.passed === null ? t('person.noResult') : c.passed ? '合格' : '不合格'),
        },
        {
          key: 'recognition',
          title: t('person.recognition'),
          render: (_, c) =>
            c.recognition ? (
              <>
                <Tag color={c.recognition.outcome === 'refused' ? 'red' : 'green'}>
                  {bilingual(RECOGNITION_OUTCOMES[c.recognition.outcome as RecognitionOutcome])}
                </Tag>
                {c.recognition.outcome !== 'refused' && `${c.recognition.credits} 学分 ${c.recognition.grade ?? ''}`}
              </>
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}

function Exchanges({ items }: { items: TPersonExchange[] }) {
  const t = useT(PEOPLE_MESSAGES);
  const bilingual = useBilingual();
  return (
    <Table<TPersonExchange>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={items}
      scroll={{ x: 600 }}
      locale={{ emptyText: t('person.noExchanges') }}
      columns={[
        { key: 'partner', title: t('person.partner'), dataIndex: 'partner' },
        { key: 'dates', title: t('person.dates'), render: (_, e) => `${e.startsOn} — ${e.endsOn}` },
        { key: 'place', title: t('person.place'), dataIndex: 'place' },
        { key: 'hours', title: t('person.hours'), dataIndex: 'hours', width: 70 },
        {
          key: 'status',
          title: t('person.status'),
          width: 100,
          render: (_, e) => bilingual(AGREEMENT_STATUSES[e.status as AgreementStatus]),
        },
      ]}
    />
  );
}

function HostedCourses({ items }: { items: TPersonHostedCourse[] }) {
  const t = useT(PEOPLE_MESSAGES);
  const bilingual = useBilingual();
  return (
    <Table<TPersonHostedCourse>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={items}
      scroll={{ x: 480 }}
      locale={{ emptyText: t('person.noHostedCourses') }}
      columns={[
        { key: 'course', title: t('person.course'), dataIndex: 'courseName' },
        { key: 'term', title: t('person.term'), dataIndex: 'term', width: 110 },
        { key: 'hours', title: t('person.hours'), dataIndex: 'hours', width: 70 },
        { key: 'credits', title: t('person.courseCredits'), dataIndex: 'credits', width: 70 },
        {
          key: 'status',
          title: t('person.status'),
          width: 100,
          render: (_, c) => bilingual(COURSE_STATUSES[c.status as CourseStatus]),
        },
      ]}
    />
  );
}

function Person({ bodyId, person }: { bodyId: string; person: TPerson }) {
  const t = useT(PEOPLE_MESSAGES);
  const locale = useLocale();
  const bilingual = useBilingual();
  const [dialog, setDialog] = useState<Dialog>();
  const [revealed, setRevealed] = useState<TRevealedPerson>();
  const shown = revealed ?? { name: person.name, identifier: person.identifier, major: person.major };
  const running = person.hostedCourses.filter((c) => c.status === 'open').map((c) => `${c.courseName}（${c.term}）`);
  const openCoursesWarning = running.length > 0 ? t('erase.openCourses', { courses: running.join('、') }) : undefined;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {person.erasedAt && <Alert type="info" showIcon message={t('people.erasedOn', { date: formatDateTime(person.erasedAt, locale) })} />}
      <Card
        title={
          <>
            {shown.name} <Tag>{bilingual(PERSON_KINDS[person.kind])}</Tag>
          </>
        }
        extra={revealed && <Tag color="gold">{t('reveal.shown')}</Tag>}
      >
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label={t(person.kind === 'student' ? 'person.studentNumber' : 'person.phone')}>
            {shown.identifier ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('people.org')}>{person.org.name}</Descriptions.Item>
          {person.kind === 'student' && <Descriptions.Item label={t('person.major')}>{shown.major || '—'}</Descriptions.Item>}
          {person.kind === 'student' && <Descriptions.Item label={t('person.credits')}>{person.creditsRecognised}</Descriptions.Item>}
        </Descriptions>
        <Space wrap style={{ marginTop: 12 }}>
          {person.mayReveal &&
            (revealed ? (
              <Button onClick={() => setRevealed(undefined)}>{t('reveal.hide')}</Button>
            ) : (
              <Button onClick={() => setDialog('reveal')}>{t('reveal.action')}</Button>
            ))}
          {person.mayHandle && <Button onClick={() => setDialog('export')}>{t('export.action')}</Button>}
          {person.mayHandle && !person.erasedAt && (
            <Button danger onClick={() => setDialog('erase')}>
              {t('erase.action')}
            </Button>
          )}
          {person.kind === 'student' && <Link to={`/resources/records/${person.id}?body=${bodyId}`}>{t('person.record')}</Link>}
        </Space>
      </Card>
      {person.kind === 'student' ? (
        <Card title={t('person.courses')}>
          <Courses items={person.courses} />
        </Card>
      ) : (
        <>
          <Card title={t('person.exchanges')}>
            <Exchanges items={person.exchanges} />
          </Card>
          <Card title={t('person.hostedCourses')}>
            <HostedCourses items={person.hostedCourses} />
          </Card>
        </>
      )}
      {dialog === 'reveal' && (
        <RevealPersonModal
          bodyId={bodyId}
          kind={person.kind}
          personId={person.id}
          onRevealed={setRevealed}
          onClose={() => setDialog(undefined)}
        />
      )}
      {dialog === 'export' && (
        <ExportPersonModal bodyId={bodyId} kind={person.kind} personId={person.id} onClose={() => setDialog(undefined)} />
      )}
      {dialog === 'erase' && (
        <ErasePersonModal
          bodyId={bodyId}
          kind={person.kind}
          personId={person.id}
          rules={person.erasureRules}
          warning={openCoursesWarning}
          onClose={() => {
            setRevealed(undefined);
            setDialog(undefined);
          }}
        />
      )}
    </Space>
  );
}

function Loaded({ bodyId, kind, personId }: { bodyId: string; kind: PersonKind; personId: string }) {
  const person = usePerson(bodyId, kind, personId);
  if (person.isError) return <QueryError error={person.error} onRetry={person.refetch} />;
  if (!person.data) return <Card loading />;
  return <Person bodyId={bodyId} person={person.data} />;
}

export default function PersonPage() {
  const t = useT(PEOPLE_MESSAGES);
  const tr = useT(RESOURCES_MESSAGES);
  const { kind, personId } = useParams();
  const { bodyId, waiting } = useResourcesBody();
  return (
    <>
      <PageHeader
        title={t('people.title')}
        subtitle={t('people.subtitle')}
        actions={
          <Space>
            <Link to={`/resources/people${bodyId ? `?body=${bodyId}` : ''}`}>{t('people.back')}</Link>
            <ResourcesBodyPicker />
          </Space>
        }
      />
      {!bodyId && !waiting && <Empty description={tr('body.none')} />}
      {bodyId && (kind === 'student' || kind === 'teacher') && personId && <Loaded bodyId={bodyId} kind={kind} personId={personId} />}
    </>
  );
}
