/**
 * A failed load, with the server's message. A refusal (403) or a record that does not exist (404) is an answer,
 * not a glitch: it shows as a result page without 重试, since trying again cannot change it.
 */
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Result from 'antd/es/result';
import { Link } from 'react-router-dom';
import { ApiError } from '../api/http';
import { useT } from '../i18n';
import { APP_MESSAGES } from '../messages';

export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => unknown }) {
  const t = useT(APP_MESSAGES);
  const text = error instanceof Error ? error.message : String(error);
  if (error instanceof ApiError && (error.status === 403 || error.status === 404)) {
    return (
      <Result
        status={error.status === 403 ? '403' : '404'}
        title={t(error.status === 403 ? 'route.forbidden.title' : 'record.notFound.title')}
        subTitle={text}
        extra={
          <Link to="/">
            <Button type="primary">{t('route.home')}</Button>
          </Link>
        }
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      title={text}
      action={
        onRetry ? (
          <Button size="small" onClick={() => void onRetry()}>
            {t('error.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
