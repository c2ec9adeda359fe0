/**
 * The signed-in user (GET /api/auth/me) and the gates that depend on it: sign-in, the forced password
 * change, and permission checks for menus and buttons. The server enforces every rule again; the UI only
 * avoids offering what would be refused.
 */
import type { TLoginBody, TMe } from '@chanjiao/contracts/auth';
import { type Permission, PERMISSIONS } from '@chanjiao/contracts/permissions';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Button from 'antd/es/button';
import Result from 'antd/es/result';
import Spin from 'antd/es/spin';
import { createContext, type ReactNode, useCallback, useContext } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { ApiError, client, unwrap } from './api';
import { QueryError } from './components/QueryError';
import { useBilingual, useT } from './i18n';
import { APP_MESSAGES } from './messages';
import { loginPathFor } from './navigation';

export const ME_QUERY_KEY = ['auth', 'me'] as const;

/**
 * Set while a user signs out on purpose: the sign-in page they land on must not offer to return to the page
 * they left (a `next=` would hand the previous user's page to whoever signs in next on this browser).
 */
const signOut = { chosen: false };
export const CHANGE_PASSWORD_PATH = '/account';
export const TOTP_PATH = '/account/security';

function isMeQuery(key: readonly unknown[]): boolean {
  return key.length === ME_QUERY_KEY.length && ME_QUERY_KEY.every((part, index) => key[index] === part);
}

async function fetchMe(): Promise<TMe | null> {
  try {
    return await unwrap(client.GET('/api/auth/me'));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_QUERY_KEY, queryFn: fetchMe, staleTime: 60_000 });
}

const SessionContext = createContext<TMe | null>(null);

/** The signed-in user; only for components rendered inside `RequireAuth`. */
export function useSession(): TMe {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession() is used outside <RequireAuth>');
  return me;
}

export function useCan(): (permission: Permission) => boolean {
  const me = useSession();
  return useCallback((permission: Permission) => me.permissions.includes(permission), [me]);
}

export function FullPageSpinner() {
  const t = useT(APP_MESSAGES);
  return (
    <div style={{ display: 'grid', placeItems: 'center', minHeight: '60vh' }}>
      <Spin size="large" description={t('app.loading')} />
    </div>
  );
}

export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  const me = useMe();
  if (me.isPending) return <FullPageSpinner />;
  if (me.isError) {
    return (
      <div style={{ maxWidth: 640, margin: '15vh auto', padding: 16 }}>
        <QueryError error={me.error} onRetry={me.refetch} />
      </div>
    );
  }
  if (!me.data) return <Navigate to={signOut.chosen ? '/login' : loginPathFor(location)} replace />;
  if (me.data.user.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  }
  return <SessionContext.Provider value={me.data}>{children}</SessionContext.Provider>;
}

/** A page the user's roles do not open: say which permission it needs instead of a bare refusal. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const can = useCan();
  const t = useT(APP_MESSAGES);
  const bilingual = useBilingual();
  if (can(permission)) return children;
  return (
    <Result
      status="403"
      title={t('route.forbidden.title')}
      subTitle={t('route.forbidden.text', { permission: bilingual(PERMISSIONS[permission].label) })}
      extra={
        <Link to="/">
          <Button type="primary">{t('route.home')}</Button>
        </Link>
      }
    />
  );
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TLoginBody) => unwrap(client.POST('/api/auth/login', { body: input })),
    onSuccess: async () => {
      signOut.chosen = false;
      // Nothing cached for a previous user may show for this one.
      queryClient.removeQueries({ predicate: (query) => !isMeQuery(query.queryKey) });
      queryClient.setQueryData(ME_QUERY_KEY, await fetchMe());
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(client.POST('/api/auth/logout')),
    onSettled: () => {
      signOut.chosen = true;
      queryClient.removeQueries({ predicate: (query) => !isMeQuery(query.queryKey) });
      queryClient.setQueryData(ME_QUERY_KEY, null);
    },
  });
}

/** After the password or the second factor changes, the flags in `me` change too. */
export function useRefreshMe(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY }), [queryClient]);
}
