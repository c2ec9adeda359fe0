/** A failed load, with the server's message and a way to try again. */
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import { useT } from '../i18n';
import { APP_MESSAGES } from '../messages';

export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => unknown }) {
  const t = useT(APP_MESSAGES);
  const text = error instanceof Error ? error.message : String(error);
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
