/**
 * The resource survey (工作计划 一(一)): the rounds of the body; the secretariat opens one and follows each member's
 * progress, a member unit opens its own answers.
 */
import { SURVEY_SECTIONS, type TRound } from '@chanjiao/contracts/resources/index';
import { Button, Card, Empty, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { ReminderRulesPanel } from '../../notifications';
import { OpenRoundModal } from '../components/OpenRoundModal';
import { ResourcesBodyPicker } from '../components/ResourcesBodyPicker';
import { RoundProgress } from '../components/RoundProgress';
import { useResourcesAccess, useRounds } from '../hooks/resources-api';
import { useResourcesBody } from '../hooks/use-resources-body';
import { RESOURCES_MESSAGES } from '../resources-messages';

function Rounds({ bodyId }: { bodyId: string }) {
  const t = useT(RESOURCES_MESSAGES);
  const bilingual = useBilingual();
  const access = useResourcesAccess(bodyId);
  const rounds = useRounds(bodyId);
  const [opening, setOpening] = useState(false);
  const [shown, setShown] = useState<string>();
  const manage = access.data?.manage ?? false;
  const items = rounds.data?.items ?? [];
  const progressOf = shown ?? (manage ? items[0]?.id : undefined);
  const nextYear = (items[0]?.year ?? new Date().getFullYear() - 1) + 1;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        extra={
          manage && (
            <Button type="primary" onClick={() => setOpening(true)}>
              {t('survey.open')}
            </Button>
          )
        }
      >
        {rounds.isError && <QueryError error={rounds.error} onRetry={rounds.refetch} />}
        <Table<TRound>
          rowKey="id"
          size="small"
          loading={rounds.isPending}
          dataSource={items}
          pagination={false}
          scroll={{ x: 760 }}
          locale={{ emptyText: t('survey.empty') }}
          columns={[
            { key: 'year', title: t('round.year'), width: 70, dataIndex: 'year' },
            {
              key: 'title',
              title: t('round.title'),
              render: (_, r) => (
                <>
                  {r.title} {r.isGenerated && <Tag>{t('generated')}</Tag>}
                </>
              ),
            },
            {
              key: 'deadline',
              title: t('round.deadline'),
              width: 110,
              render: (_, r) => (
                <>
                  {r.deadline}
                  <div>{r.open ? <Tag color="green">{t('round.open')}</Tag> : <Tag>{t('round.closed')}</Tag>}</div>
                </>
              ),
            },
            {
              key: 'sections',
              title: t('round.sections'),
              render: (_, r) => r.sections.map((s) => bilingual(SURVEY_SECTIONS[s])).join('、'),
            },
            {
              key: 'counts',
              title: t('round.progress'),
              width: 150,
              render: (_, r) => t('round.counts', { submitted: r.submitted, members: r.members, accepted: r.accepted }),
            },
            {
              key: 'actions',
              width: 200,
              render: (_, r) => (
                <Space direction="vertical" size={0}>
                  {manage && (
                    <Button type="link" size="small" onClick={() => setShown(r.id)}>
                      {t('round.viewProgress')}
                    </Button>
                  )}
                  {(access.data?.fillOrgs ?? [])
                    .filter(() => !manage)
                    .map((org) => (
                      <Link key={org.id} to={`/resources/survey/${r.id}/${org.id}?body=${bodyId}`}>
                        {t('round.fill', { org: org.name })}
                      </Link>
                    ))}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {manage && progressOf && <RoundProgress bodyId={bodyId} roundId={progressOf} />}
      {manage && (
        <Card title={t('round.reminders')}>
          <ReminderRulesPanel scope={{ kind: 'survey', id: bodyId }} />
        </Card>
      )}
      {opening && <OpenRoundModal bodyId={bodyId} year={nextYear} onClose={() => setOpening(false)} />}
    </Space>
  );
}

export default function ResourceSurveyPage() {
  const t = useT(RESOURCES_MESSAGES);
  const { bodyId, waiting } = useResourcesBody();
  return (
    <>
      <PageHeader title={t('survey.title')} subtitle={t('survey.subtitle')} actions={<ResourcesBodyPicker />} />
      {bodyId ? <Rounds bodyId={bodyId} /> : !waiting && <Empty description={t('body.none')} />}
    </>
  );
}
