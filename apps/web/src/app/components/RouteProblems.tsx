/** What a route shows when there is no page at the address, or when the page's code failed to load. */
import Button from 'antd/es/button';
import Result from 'antd/es/result';
import { Link, useRouteError } from 'react-router-dom';
import { useT } from '../i18n';
import { APP_MESSAGES } from '../messages';

export function NotFoundPage() {
  const t = useT(APP_MESSAGES);
  return (
    <Result
      status="404"
      title={t('route.notFound.title')}
      subTitle={t('route.notFound.text')}
      extra={
        <Link to="/">
          <Button type="primary">{t('route.home')}</Button>
        </Link>
      }
    />
  );
}

export function RouteErrorPage() {
  const t = useT(APP_MESSAGES);
  const error = useRouteError();
  // Shown for the operator's console; the user gets the plain explanation below.
  console.error(error);
  return (
    <Result
      status="error"
      title={t('route.failed.title')}
      subTitle={t('route.failed.text')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('route.reload')}
        </Button>
      }
    />
  );
}
