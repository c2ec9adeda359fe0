/**
 * Everything the pages rely on: antd in the chosen language (dayjs too), the server-state cache, and the
 * shell's answers to API events — a session that ended sends the user to sign in, an unavailable service
 * shows one notice with a retry button.
 */
import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import AntApp from 'antd/es/app';
import Button from 'antd/es/button';
import ConfigProvider from 'antd/es/config-provider';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { type ReactNode, useEffect, useState } from 'react';
import { setApiEventHandlers } from './api';
import { ME_QUERY_KEY } from './auth';
import { useLocale, useT } from './i18n';
import { APP_MESSAGES } from './messages';
import { createQueryClient } from './query-client';
import { useCompactScreen } from './use-compact-screen';

/** On a phone: cards give their content more of the width, and a wide table scrolls inside its card. */
const COMPACT_THEME = { components: { Card: { bodyPadding: 12, headerPadding: 12 } } };
const COMPACT_TABLE = { scroll: { x: 'max-content' as const } };
/** A bordered description list keeps its labels on one line instead of one character per line. */
const COMPACT_DESCRIPTIONS = { styles: { label: { whiteSpace: 'nowrap' as const } } };

const UNAVAILABLE_NOTICE = 'service-unavailable';
const SESSION_NOTICE = 'session-ended';

function ApiEventBridge() {
  const { notification, message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const t = useT(APP_MESSAGES);
  useEffect(() => {
    setApiEventHandlers({
      sessionEnded(error) {
        if (error.code === 'SESSION_EXPIRED') void message.warning({ key: SESSION_NOTICE, content: error.message });
        // RequireAuth sees no user and sends the user to sign in, remembering the page.
        queryClient.setQueryData(ME_QUERY_KEY, null);
      },
      accountStepRequired() {
        // The account's flags changed since `me` was read (e.g. a reset second factor); re-read them so the
        // password and second-factor gates show the way.
        void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
      },
      unavailable(error) {
        notification.warning({
          key: UNAVAILABLE_NOTICE,
          title: t('error.unavailable.title'),
          description: error.message,
          duration: 0,
          actions: (
            <Button
              type="primary"
              size="small"
              onClick={() => {
                notification.destroy(UNAVAILABLE_NOTICE);
                void queryClient.refetchQueries({ type: 'active' });
              }}
            >
              {t('error.retry')}
            </Button>
          ),
        });
      },
    });
    return () => setApiEventHandlers(null);
  }, [notification, message, queryClient, t]);
  return null;
}

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const locale = useLocale();
  const compact = useCompactScreen();
  // Set during render so date pickers rendered in this pass already use the language.
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  return (
    <ConfigProvider
      locale={locale === 'zh-CN' ? zhCN : enUS}
      theme={{ token: { colorPrimary: '#1668dc' }, ...(compact ? COMPACT_THEME : {}) }}
      table={compact ? COMPACT_TABLE : undefined}
      descriptions={compact ? COMPACT_DESCRIPTIONS : undefined}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <ApiEventBridge />
          {children}
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
