/** The unsubscribe link of an e-mail: no sign-in; says what it switches off and asks to confirm. */
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Result, Spin } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { client, unwrap } from '../../../app/api';
import { QueryError } from '../../../app/components/QueryError';
import { useT } from '../../../app/i18n';
import { NOTIFICATION_MESSAGES } from '../messages';

export default function UnsubscribePage() {
  const t = useT(NOTIFICATION_MESSAGES);
  const token = useSearchParams()[0].get('token') ?? '';
  const preview = useQuery({
    queryKey: ['unsubscribe', token],
    queryFn: () => unwrap(client.GET('/api/notifications/unsubscribe', { params: { query: { token } } })),
    retry: false,
  });
  const confirm = useMutation({ mutationFn: () => unwrap(client.POST('/api/notifications/unsubscribe', { body: { token } })) });

  return (
    <Flex justify="center" style={{ minHeight: '100vh', padding: 16, background: '#f5f5f5' }}>
      <Card style={{ width: '100%', maxWidth: 520, alignSelf: 'flex-start', marginTop: '10vh' }} title={t('unsubscribe.title')}>
        {preview.isPending ? (
          <Spin />
        ) : preview.isError ? (
          <QueryError error={preview.error} />
        ) : confirm.isSuccess ? (
          <Result
            status="success"
            title={t('unsubscribe.done', { kind: confirm.data.kindLabel })}
            subTitle={t('unsubscribe.doneText')}
            extra={<Link to="/notifications/settings">{t('unsubscribe.signIn')}</Link>}
          />
        ) : (
          <>
            <p>{t('unsubscribe.question', { username: preview.data.username, kind: preview.data.kindLabel })}</p>
            {confirm.isError && <QueryError error={confirm.error} />}
            <Button type="primary" danger loading={confirm.isPending} onClick={() => confirm.mutate()}>
              {t('unsubscribe.confirm')}
            </Button>
          </>
        )}
      </Card>
    </Flex>
  );
}
