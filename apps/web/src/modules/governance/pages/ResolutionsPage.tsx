/** The register of resolutions (决议登记簿): every closed vote with its rule, counts and result. */
import { AGENDA_ITEM_KINDS } from '@chanjiao/contracts/governance/meetings';
import { Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { BodyPicker } from '../components/BodyPicker';
import { JOINT_MEETING_MESSAGES } from '../joint-meeting-messages';
import { useResolutions } from '../hooks/joint-meeting-api';
import { useBodyChoice } from '../hooks/use-body-choice';

export default function ResolutionsPage() {
  const t = useT(JOINT_MEETING_MESSAGES);
  const bilingual = useBilingual();
  const { bodyId } = useBodyChoice();
  const [page, setPage] = useState(1);
  const register = useResolutions(bodyId, page);
  return (
    <>
      <PageHeader title={t('resolutions.title')} subtitle={t('resolutions.subtitle')} actions={<BodyPicker />} />
      {register.isError && <QueryError error={register.error} onRetry={register.refetch} />}
      <Table
        rowKey="itemId"
        loading={register.isPending && !!bodyId}
        dataSource={register.data?.items ?? []}
        locale={{ emptyText: t('resolutions.none') }}
        pagination={{ current: page, pageSize: 50, total: register.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          {
            key: 'no',
            title: t('resolutions.no'),
            width: 110,
            onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
            render: (_, row) => (row.resolutionNo === null ? '—' : t('resolution.no', { no: row.resolutionNo })),
          },
          {
            key: 'meeting',
            title: t('resolutions.meeting'),
            render: (_, row) => (
              <Link to={`/governance/meetings/${row.meeting.id}?body=${bodyId}`}>{`${row.meeting.heldOn} ${row.meeting.title}`}</Link>
            ),
          },
          { key: 'kind', title: t('item.kind'), width: 150, render: (_, row) => bilingual(AGENDA_ITEM_KINDS[row.kind]) },
          { key: 'title', title: t('item.title'), dataIndex: 'title' },
          {
            key: 'vote',
            title: t('resolutions.vote'),
            render: (_, row) => (
              <>
                <Tag color={row.result.passed ? 'green' : 'red'}>{row.result.passed ? t('vote.passed') : t('vote.failed')}</Tag>
                {t('resolutions.counts', row.result)}
                <br />
                <Typography.Text type="secondary">{row.ruleText}</Typography.Text>
              </>
            ),
          },
        ]}
      />
    </>
  );
}
