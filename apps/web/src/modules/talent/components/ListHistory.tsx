/** Who changed an entry of a list, when, from what to what and why — the status history every list keeps. */
import type { Bilingual } from '@chanjiao/contracts';
import type { TListHistoryItem } from '@chanjiao/contracts/talent/index';
import { Timeline, Typography } from 'antd';
import { useBilingual, useT } from '../../../app/i18n';
import { useActorName } from '../hooks/use-actor-name';
import { LIST_MESSAGES } from '../lists-messages';

interface Props {
  history: TListHistoryItem[];
  actions: Record<string, Bilingual>;
  statuses: Record<string, Bilingual>;
}

export function ListHistory({ history, actions, statuses }: Props) {
  const t = useT(LIST_MESSAGES);
  const bilingual = useBilingual();
  const actorName = useActorName();
  if (history.length === 0) return <Typography.Text type="secondary">{t('history.empty')}</Typography.Text>;
  return (
    <Timeline
      items={history.map((step) => ({
        key: `${step.at}-${step.to}`,
        children: (
          <>
            <strong>{actions[step.action] ? bilingual(actions[step.action]!) : step.action}</strong>
            {' → '}
            {statuses[step.to] ? bilingual(statuses[step.to]!) : step.to}
            <div style={{ color: '#888' }}>{t('history.by', { by: actorName(step.by), on: step.on })}</div>
            {step.reason && <div>{`${t('reason')}：${step.reason}`}</div>}
          </>
        ),
      }))}
    />
  );
}
