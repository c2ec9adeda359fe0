/** 课程互选: the courses the user's school offers and those other members open to it. */
import { COURSE_MODES, COURSE_STATUSES, type TCourse } from '@chanjiao/contracts/resources/index';
import { Button, Card, Empty, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useCan } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { CourseFormModal } from '../components/CourseFormModal';
import { ResourcesBodyPicker } from '../components/ResourcesBodyPicker';
import { COURSES_MESSAGES } from '../courses-messages';
import { useCourses } from '../hooks/courses-api';
import { useMyOrgId } from '../hooks/use-my-org';
import { useResourcesBody } from '../hooks/use-resources-body';
import { RESOURCES_MESSAGES } from '../resources-messages';

function CourseTable({ bodyId, items, loading }: { bodyId: string; items: TCourse[]; loading: boolean }) {
  const t = useT(COURSES_MESSAGES);
  const tr = useT(RESOURCES_MESSAGES);
  const bilingual = useBilingual();
  return (
    <Table<TCourse>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={items}
      pagination={false}
      scroll={{ x: 720 }}
      locale={{ emptyText: t('courses.empty') }}
      columns={[
        {
          key: 'name',
          title: t('course.name'),
          render: (_, c) => (
            <>
              <Link to={`/resources/courses/${c.id}?body=${bodyId}`}>{c.name}</Link> {c.isGenerated && <Tag>{tr('generated')}</Tag>}
              <div>{c.host.name}</div>
            </>
          ),
        },
        { key: 'term', title: t('course.term'), dataIndex: 'term', width: 110 },
        { key: 'credits', title: t('course.credits'), width: 90, render: (_, c) => `${c.credits} / ${c.hours}` },
        { key: 'mode', title: t('course.mode'), width: 80, render: (_, c) => bilingual(COURSE_MODES[c.mode]) },
        { key: 'seats', title: t('course.taken'), width: 100, render: (_, c) => `${c.accepted} / ${c.seats}` },
        {
          key: 'status',
          title: t('course.status'),
          width: 100,
          render: (_, c) => <Tag color={c.status === 'open' ? 'green' : undefined}>{bilingual(COURSE_STATUSES[c.status])}</Tag>,
        },
      ]}
    />
  );
}

function Courses({ bodyId }: { bodyId: string }) {
  const t = useT(COURSES_MESSAGES);
  const can = useCan();
  const orgId = useMyOrgId();
  const courses = useCourses(bodyId);
  const [offering, setOffering] = useState(false);
  const mayOffer = can('resources.course.host') && !!orgId;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {courses.isError && <QueryError error={courses.error} onRetry={courses.refetch} />}
      {(mayOffer || (courses.data?.hosted.length ?? 0) > 0) && (
        <Card
          title={t('courses.hosted')}
          extra={
            mayOffer && (
              <Button type="primary" onClick={() => setOffering(true)}>
                {t('courses.offer')}
              </Button>
            )
          }
        >
          <CourseTable bodyId={bodyId} items={courses.data?.hosted ?? []} loading={courses.isPending} />
        </Card>
      )}
      {/* The secretariat belongs to no school: it sees every course of the body. */}
      <Card title={t(orgId ? 'courses.open' : 'courses.all')}>
        <CourseTable bodyId={bodyId} items={courses.data?.open ?? []} loading={courses.isPending} />
      </Card>
      {offering && orgId && <CourseFormModal bodyId={bodyId} orgId={orgId} onClose={() => setOffering(false)} />}
    </Space>
  );
}

export default function CoursesPage() {
  const t = useT(COURSES_MESSAGES);
  const tr = useT(RESOURCES_MESSAGES);
  const { bodyId, waiting } = useResourcesBody();
  return (
    <>
      <PageHeader title={t('courses.title')} subtitle={t('courses.subtitle')} actions={<ResourcesBodyPicker />} />
      {bodyId ? <Courses bodyId={bodyId} /> : !waiting && <Empty description={tr('body.none')} />}
    </>
  );
}
