/**
 * One agenda item's vote (章程第八、十七条): the rule it is decided by, opening and closing for the secretariat,
 * 同意/反对/弃权 for a representative of an entitled unit, paper ballots for the secretariat, and the result.
 */
import { CheckCircleOutlined } from '@ant-design/icons';
import type { TAgendaItem, TBallotInput, TMeeting } from '@chanjiao/contracts/governance/meetings';
import { App, Button, Descriptions, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useReportError } from '../../../app/forms';
import { formatDateTime } from '../../../app/format';
import { useLocale, useT } from '../../../app/i18n';
import { JOINT_MEETING_MESSAGES } from '../joint-meeting-messages';
import { useBallots, useMeetingActions } from '../hooks/joint-meeting-api';

const CHOICES = ['yes', 'no', 'abstain'] as const;

export function VotePanel({ bodyId, meeting, item }: { bodyId: string; meeting: TMeeting; item: TAgendaItem }) {
  const t = useT(JOINT_MEETING_MESSAGES);
  const locale = useLocale();
  const { message } = App.useApp();
  const reportError = useReportError();
  const actions = useMeetingActions(bodyId, meeting.id);
  const ballots = useBallots(bodyId, meeting.id, item.id, item.voteStatus === 'closed');
  const [paperOrg, setPaperOrg] = useState<string>();
  const live = meeting.status === 'scheduled';
  const present = meeting.attendance.filter((row) => row.status === 'present');
  const myUnits = present.filter((row) => meeting.abilities.voteFor.includes(row.org.id));
  const cast = (orgId: string, choice: TBallotInput['choice'], paper: boolean) =>
    actions.ballot.mutate(
      { itemId: item.id, orgId, choice, paper },
      { onSuccess: () => void message.success(t('vote.cast')), onError: (error) => reportError(error) },
    );

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        {t('vote.rule')}：{item.ruleText}
      </Typography.Text>
      {item.voteStatus === 'open' && (
        <Typography.Text>{t('vote.progress', { cast: item.ballotsCast, entitled: item.entitledCount ?? 0 })}</Typography.Text>
      )}
      {meeting.abilities.manage && live && item.voteStatus === 'pending' && (
        <Button type="primary" onClick={() => actions.vote.mutate({ itemId: item.id, action: 'open' }, { onError: (e) => reportError(e) })}>
          {t('vote.open')}
        </Button>
      )}
      {item.voteStatus === 'open' &&
        myUnits.map((row) => {
          // One vote per unit (第十七条): once cast, the unit sees its vote instead of the buttons.
          const own = item.ownBallots.find((ballot) => ballot.orgId === row.org.id);
          return (
            <Space key={row.org.id}>
              <span>{t('vote.for', { org: row.org.name })}</span>
              {own ? (
                <Typography.Text type="success">
                  <CheckCircleOutlined style={{ marginInlineEnd: 6 }} />
                  {t(own.castVia === 'paper' ? 'vote.ownCastPaper' : 'vote.ownCast', {
                    choice: t(`choice.${own.choice}`),
                    time: formatDateTime(own.castAt, locale),
                  })}
                </Typography.Text>
              ) : (
                CHOICES.map((choice) => (
                  <Popconfirm
                    key={choice}
                    title={t('vote.confirm', { choice: t(`choice.${choice}`) })}
                    onConfirm={() => cast(row.org.id, choice, false)}
                  >
                    <Button>{t(`choice.${choice}`)}</Button>
                  </Popconfirm>
                ))
              )}
            </Space>
          );
        })}
      {meeting.abilities.manage && item.voteStatus === 'open' && (
        <Space wrap>
          <span>{t('vote.paper')}</span>
          <Select
            style={{ minWidth: 260 }}
            placeholder={t('vote.paperUnit')}
            value={paperOrg}
            onChange={setPaperOrg}
            options={present.map((row) => ({ value: row.org.id, label: row.org.name }))}
          />
          {CHOICES.map((choice) => (
            <Button key={choice} disabled={!paperOrg} onClick={() => paperOrg && cast(paperOrg, choice, true)}>
              {t(`choice.${choice}`)}
            </Button>
          ))}
          <Popconfirm
            title={t('vote.closeConfirm')}
            onConfirm={() => actions.vote.mutate({ itemId: item.id, action: 'close' }, { onError: (e) => reportError(e) })}
          >
            <Button danger>{t('vote.close')}</Button>
          </Popconfirm>
        </Space>
      )}
      {item.result && (
        <>
          <Descriptions size="small" bordered column={{ xs: 2, md: 4 }}>
            <Descriptions.Item label={t('choice.yes')}>{item.result.yes}</Descriptions.Item>
            <Descriptions.Item label={t('choice.no')}>{item.result.no}</Descriptions.Item>
            <Descriptions.Item label={t('choice.abstain')}>{item.result.abstain}</Descriptions.Item>
            <Descriptions.Item label={t('vote.outcome')}>
              <Tag color={item.result.passed ? 'green' : 'red'}>{item.result.passed ? t('vote.passed') : t('vote.failed')}</Tag>
              {item.resolutionNo !== null && t('resolution.no', { no: item.resolutionNo })}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Text type="secondary">{item.result.explanation}</Typography.Text>
          <Table
            rowKey={(row) => row.org.id}
            size="small"
            pagination={false}
            loading={ballots.isPending}
            dataSource={ballots.data ?? []}
            columns={[
              { key: 'org', title: t('vote.unit'), render: (_, row) => row.org.name },
              { key: 'choice', title: t('vote.choice'), render: (_, row) => t(`choice.${row.choice}`) },
              {
                key: 'via',
                title: t('vote.via'),
                render: (_, row) => (row.castVia === 'paper' ? <Tag>{t('vote.viaPaper')}</Tag> : t('vote.viaOnline')),
              },
            ]}
          />
        </>
      )}
    </Space>
  );
}
