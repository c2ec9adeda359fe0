/**
 * A report's publication on its page: what is published, or why it cannot be yet, with the publish and withdraw
 * actions for those who may (the unit's principal, the authority) and the withdrawals with their reasons.
 */
import { App, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../../app/components/QueryError';
import { useT } from '../../../app/i18n';
import { type PublicationSubject, usePublicationActions, usePublicationState } from '../hooks/publication-api';
import { PUBLICATION_MESSAGES } from '../publication-messages';
import { PublicationFacts } from './PublicationFacts';
import { PublishModal } from './PublishModal';
import { WithdrawModal } from './WithdrawModal';

export function PublicationCard({ subject }: { subject: PublicationSubject }) {
  const t = useT(PUBLICATION_MESSAGES);
  const { message } = App.useApp();
  const state = usePublicationState(subject);
  const actions = usePublicationActions(subject);
  const [open, setOpen] = useState<'publish' | 'withdraw' | null>(null);
  if (state.isError) return <QueryError error={state.error} onRetry={state.refetch} />;
  const s = state.data;
  if (!s) return null;
  return (
    <Card size="small" title={t('card.title')} style={{ marginBottom: 12 }}>
      <Space direction="vertical" style={{ width: '100%' }}>
        {s.publication ? (
          <PublicationFacts publication={s.publication} deadline={s.publishDeadline} />
        ) : (
          <Typography.Text type="secondary">{t('card.none', { deadline: s.publishDeadline })}</Typography.Text>
        )}
        {!s.publication && s.blockedReason && <Typography.Text type="warning">{s.blockedReason}</Typography.Text>}
        <Space wrap>
          {s.mayPublish && (
            <Button type="primary" onClick={() => setOpen('publish')}>
              {t('card.publish')}
            </Button>
          )}
          {s.mayWithdraw && <Button onClick={() => setOpen('withdraw')}>{t('card.withdraw')}</Button>}
        </Space>
        {s.withdrawals.length > 0 && (
          <div>
            <Typography.Text strong>{t('card.withdrawals')}</Typography.Text>
            {s.withdrawals.map((w) => (
              <div key={w.at}>
                <Typography.Text type="secondary">
                  {t('card.withdrawal', { at: w.at.slice(0, 10), who: w.actorName ?? '', reason: w.reason })}
                </Typography.Text>
              </div>
            ))}
          </div>
        )}
      </Space>
      {open === 'publish' && (
        <PublishModal
          suggestedForm={s.suggestedForm}
          pending={actions.publish.isPending}
          onClose={() => setOpen(null)}
          onSend={(input, onError) =>
            actions.publish.mutate(input, {
              onSuccess: () => {
                setOpen(null);
                void message.success(t('publish.done'));
              },
              onError,
            })
          }
        />
      )}
      {open === 'withdraw' && (
        <WithdrawModal
          pending={actions.withdraw.isPending}
          onClose={() => setOpen(null)}
          onSend={(reason, onError) =>
            actions.withdraw.mutate(reason, {
              onSuccess: () => {
                setOpen(null);
                void message.success(t('withdraw.done'));
              },
              onError,
            })
          }
        />
      )}
    </Card>
  );
}
