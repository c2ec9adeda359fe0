/** What a charter-amendment item asks the meeting to adopt, so that members see the parameters they vote on. */
import type { TCharterAmendmentProposal } from '@chanjiao/contracts/governance/charter';
import { VOTE_BASE_LABELS } from '@chanjiao/contracts/governance-rules';
import { Descriptions } from 'antd';
import { useBilingual, useT } from '../../../app/i18n';
import { AMENDABLE_PERIODS, AMENDABLE_VOTES } from '../charter-amendment';
import { JOINT_MEETING_MESSAGES } from '../joint-meeting-messages';

export function AmendmentSummary({ amendment }: { amendment: TCharterAmendmentProposal }) {
  const t = useT(JOINT_MEETING_MESSAGES);
  const bilingual = useBilingual();
  const { parameters } = amendment;
  const period = (value: { years?: number; months?: number; days?: number }) =>
    (['years', 'months', 'days'] as const)
      .filter((unit) => value[unit])
      .map((unit) => t(`period.${unit}`, { n: value[unit] }))
      .join(' ');
  return (
    <Descriptions size="small" bordered column={1} title={t('amend.title')} style={{ marginBottom: 12 }}>
      {AMENDABLE_VOTES.map((rule) => {
        const threshold = parameters.votes[rule];
        return (
          <Descriptions.Item key={rule} label={t(`rule.${rule}`)}>
            {`${bilingual(VOTE_BASE_LABELS[threshold.base])} ${threshold.numerator}/${threshold.denominator} ${t(`amend.comparator.${threshold.comparator}`)}`}
          </Descriptions.Item>
        );
      })}
      {AMENDABLE_PERIODS.map((name) => (
        <Descriptions.Item key={name} label={t(`amend.${name}`)}>
          {period(parameters[name])}
        </Descriptions.Item>
      ))}
      <Descriptions.Item label={t('param.absences')}>{parameters.unexcusedAbsencesForExpulsion}</Descriptions.Item>
    </Descriptions>
  );
}
