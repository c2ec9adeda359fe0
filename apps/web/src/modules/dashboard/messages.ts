import { defineMessages } from '../../app/i18n';

export const DASHBOARD_MESSAGES = defineMessages({
  'dashboard.title': ['工作台', 'Dashboard'],
  'dashboard.greeting': ['您好，{name}。以下是需要您关注的事项。', 'Hello, {name}. These items need your attention.'],
  'dashboard.empty': ['暂无待办', 'Nothing to do'],
  'dashboard.emptyHint': ['当前没有需要您处理的事项。', 'There is nothing waiting for you right now.'],
  'dashboard.noRole.title': ['您的账号还没有角色', 'Your account has no role yet'],
  'dashboard.noRole.text': [
    '请联系系统管理员，为您分配所在单位或联盟中的角色后再使用平台。',
    'Ask your platform administrator to give you a role in your organisation or body, then sign in again.',
  ],
  'dashboard.open': ['去处理', 'Open'],
  'dashboard.severity.info': ['提示', 'Info'],
  'dashboard.severity.warning': ['注意', 'Attention'],
  'dashboard.severity.danger': ['紧急', 'Urgent'],
});
