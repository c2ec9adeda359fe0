/**
 * One body: its register entry, its member units with their history, the liaisons they named, and when its
 * deadlines are reminded (提醒设置, which its secretariat may change).
 */
import { ClusterOutlined, EditOutlined } from '@ant-design/icons';
import { BODY_KINDS } from '@chanjiao/contracts/bodies';
import { Button, Skeleton, Space, Tabs, Tag } from 'antd';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { ReminderRulesPanel } from '../../notifications';
import { type BodyTab, bodyTabOf, withBodyTab } from '../body-tabs';
import { BodyBasics } from '../components/BodyBasics';
import { LiaisonsPanel } from '../components/LiaisonsPanel';
import { MembersPanel } from '../components/MembersPanel';
import { useBody } from '../hooks/use-bodies';
import { BODY_MESSAGES } from '../messages';

export default function BodyDetailPage() {
  const { id = '' } = useParams();
  const t = useT(BODY_MESSAGES);
  const bilingual = useBilingual();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const body = useBody(id);
  const tab = bodyTabOf(params);

  return (
    <>
      <PageHeader
        title={body.data?.name ?? t('detail.title')}
        subtitle={
          body.data && (
            <>
              <Tag color="blue">{bilingual(BODY_KINDS[body.data.kind])}</Tag>
              {body.data.isGenerated && <Tag>{t('generated')}</Tag>}
            </>
          )
        }
        backTo="/bodies"
        actions={
          <Space>
            {/* The body's governance (章程、会议与表决、成员事务) lives in the 联盟治理 pages. */}
            <Button icon={<ClusterOutlined />} onClick={() => navigate(`/governance/meetings?body=${id}`)}>
              {t('detail.governanceLink')}
            </Button>
            {body.data?.abilities?.update && (
              <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/bodies/${id}/edit`)}>
                {t('detail.edit')}
              </Button>
            )}
          </Space>
        }
      />
      {body.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {body.isError && <QueryError error={body.error} onRetry={body.refetch} />}
      {body.data && (
        <Tabs
          activeKey={tab}
          // Switching tabs replaces the entry, so the back button leaves the page instead of walking the tabs.
          onChange={(key) => setParams(withBodyTab(params, key as BodyTab), { replace: true })}
          destroyOnHidden
          items={[
            { key: 'basics', label: t('tab.basics'), children: <BodyBasics body={body.data} /> },
            { key: 'members', label: t('tab.members'), children: <MembersPanel body={body.data} /> },
            { key: 'liaisons', label: t('tab.liaisons'), children: <LiaisonsPanel body={body.data} /> },
            { key: 'reminders', label: t('tab.reminders'), children: <ReminderRulesPanel scope={{ kind: 'body', id }} /> },
          ]}
        />
      )}
    </>
  );
}
