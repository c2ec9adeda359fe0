/** The charter in force (章程): its text, the voting rules with the denominator in force, and its versions. */
import { CHAIR_ROTATION_BASIS_LABELS } from '@chanjiao/contracts/governance/charter';
import { VOTE_BASE_LABELS } from '@chanjiao/contracts/governance-rules';
import { Alert, Card, Descriptions, Empty, Skeleton, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { useCompactScreen } from '../../../app/use-compact-screen';
import { BodyPicker } from '../components/BodyPicker';
import { CharterRegistrationForm } from '../components/CharterRegistrationForm';
import { CharterText } from '../components/CharterText';
import { JOINT_MEETING_MESSAGES } from '../joint-meeting-messages';
import { useCharter } from '../hooks/joint-meeting-api';
import { useBodyChoice } from '../hooks/use-body-choice';

const RULES = ['resolution', 'charterAmendment', 'termination', 'expulsion'] as const;

function period(
  value: { years?: number; months?: number; days?: number },
  t: ReturnType<typeof useT<keyof typeof JOINT_MEETING_MESSAGES>>,
) {
  return [
    value.years ? t('period.years', { n: value.years }) : '',
    value.months ? t('period.months', { n: value.months }) : '',
    value.days ? t('period.days', { n: value.days }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export default function CharterPage() {
  const t = useT(JOINT_MEETING_MESSAGES);
  const bilingual = useBilingual();
  const { bodyId, options } = useBodyChoice();
  const bodyName = options.find((body) => body.id === bodyId)?.name;
  const charter = useCharter(bodyId);
  const current = charter.data?.current;
  const compact = useCompactScreen();

  return (
    <>
      <PageHeader title={t('charter.title')} subtitle={t('charter.subtitle')} actions={<BodyPicker />} />
      {charter.isPending && bodyId && <Skeleton active />}
      {charter.isError && <QueryError error={charter.error} onRetry={charter.refetch} />}
      {charter.data && !current && bodyId && charter.data.abilities.register && (
        <CharterRegistrationForm bodyId={bodyId} bodyName={bodyName} />
      )}
      {charter.data && !current && !charter.data.abilities.register && (
        <Empty
          description={
            <>
              {t('charter.none')}
              <br />
              {t('charter.noneAsk')}
            </>
          }
        />
      )}
      {charter.data && current && (
        <>
          <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('charter.amendOnly')} />
          <Card title={t('charter.rules', { version: current.versionNo, effectiveOn: current.effectiveOn })} style={{ marginBottom: 16 }}>
            {/* On a phone the labels sit above their values: side by side they push the page sideways. */}
            <Descriptions column={1} bordered size="small" layout={compact ? 'vertical' : 'horizontal'}>
              {RULES.map((rule) => (
                <Descriptions.Item key={rule} label={t(`rule.${rule}`)}>
                  {charter.data.ruleTexts[rule]}{' '}
                  <Tag color="blue">{t('charter.base', { base: bilingual(VOTE_BASE_LABELS[current.parameters.votes[rule].base]) })}</Tag>
                </Descriptions.Item>
              ))}
              <Descriptions.Item label={t('param.quorum')}>
                {current.parameters.quorum
                  ? `${current.parameters.quorum.numerator}/${current.parameters.quorum.denominator}`
                  : t('param.noQuorum')}
              </Descriptions.Item>
              <Descriptions.Item label={t('param.withdrawalNotice')}>{period(current.parameters.withdrawalNotice, t)}</Descriptions.Item>
              <Descriptions.Item label={t('param.expulsionBan')}>{period(current.parameters.expulsionBan, t)}</Descriptions.Item>
              <Descriptions.Item label={t('param.absences')}>{current.parameters.unexcusedAbsencesForExpulsion}</Descriptions.Item>
              <Descriptions.Item label={t('param.committeeTerm')}>
                {period(current.parameters.committeeTerm, t)}
                {current.parameters.committeeTermRenewalLimit === null
                  ? t('param.renewable')
                  : t('param.renewals', { n: current.parameters.committeeTermRenewalLimit })}
              </Descriptions.Item>
              <Descriptions.Item label={t('param.chair')}>
                {t('param.chairRule', { years: current.chairRotation.termYears })}
                {t('param.basis', { basis: bilingual(CHAIR_ROTATION_BASIS_LABELS[current.chairRotation.basis]) })}
              </Descriptions.Item>
            </Descriptions>
            {current.parameters.votes.charterAmendment.base === 'present' && (
              <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
                {t('charter.denominatorNote')}
              </Typography.Paragraph>
            )}
          </Card>
          <Card title={t('charter.history')} style={{ marginBottom: 16 }}>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={charter.data.history}
              columns={[
                { key: 'v', title: t('charter.version'), dataIndex: 'versionNo', width: 80 },
                { key: 'on', title: t('charter.effectiveOn'), dataIndex: 'effectiveOn', width: 120 },
                {
                  key: 'how',
                  title: t('charter.adoptedBy'),
                  render: (_, row) =>
                    row.adoptedByItemId ? <Link to={`/governance/resolutions?body=${bodyId}`}>{t('charter.byVote')}</Link> : row.note,
                },
              ]}
            />
          </Card>
          <Card title={`《${current.title}》${t('charter.text')}`}>
            <CharterText text={current.text} />
          </Card>
        </>
      )}
    </>
  );
}
