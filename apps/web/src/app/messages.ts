/** Strings of the application shell and the ones every module shares (buttons, notices, network errors). */
import { defineMessages } from './i18n';

export const APP_MESSAGES = defineMessages({
  'app.name': ['产教协同平台', 'Chanjiao'],
  'app.fullName': ['产教协同平台', 'Chanjiao industry–education platform'],
  'app.loading': ['正在加载…', 'Loading…'],

  'menu.dashboard': ['工作台', 'Dashboard'],
  'menu.notifications': ['站内消息', 'Inbox'],
  'menu.orgs': ['组织', 'Organisations'],
  'menu.bodies': ['联盟与联合体', 'Alliances & consortia'],
  'menu.selection': ['遴选', 'Selections'],
  'menu.selection.reviews': ['我的评审', 'My reviews'],
  'menu.governance': ['联盟治理', 'Governance'],
  'menu.governance.charter': ['章程', 'Charter'],
  'menu.governance.meetings': ['校长联席会议', 'Joint meetings'],
  'menu.governance.resolutions': ['决议登记簿', 'Resolutions'],
  'menu.governance.membership': ['成员事务', 'Membership'],
  'menu.governance.chair': ['轮值主席单位', 'Rotating chair'],
  'menu.governance.offices': ['秘书处与委员会', 'Secretariat & committees'],
  'menu.governance.workplan': ['年度工作计划', 'Work plan'],
  'menu.governance.bulletins': ['简讯与简报', 'Bulletins'],
  'menu.governance.liaisons': ['联络员', 'Liaisons'],
  'menu.governance.projects': ['合作项目', 'Cooperation projects'],
  'menu.governance.activities': ['联盟活动', 'Activities'],
  'menu.governance.finance': ['经费管理', 'Finance'],
  'menu.admin': ['系统管理', 'Administration'],
  'menu.admin.users': ['用户账号', 'User accounts'],
  'menu.admin.jobs': ['后台任务', 'Background jobs'],
  'menu.security': ['安全管理', 'Security'],
  'menu.security.roles': ['角色与权限', 'Roles & permissions'],
  'menu.security.accounts': ['账号安全', 'Account security'],
  'menu.audit': ['审计日志', 'Audit log'],
  'menu.collapse': ['收起菜单', 'Collapse menu'],
  'menu.expand': ['展开菜单', 'Expand menu'],
  'menu.open': ['打开导航菜单', 'Open the navigation menu'],

  'header.account': ['账号设置', 'Account settings'],
  'header.user': ['当前用户与账号', 'Signed-in user and account'],
  'header.logout': ['退出', 'Sign out'],
  'header.language': ['界面语言', 'Interface language'],
  'header.loggedOut': ['您已安全退出', 'You have signed out'],

  'banner.demoTotp': [
    '演示模式：演示管理员可暂不绑定双因素认证',
    'Demo mode: demo administrators may skip two-factor authentication for now',
  ],
  'banner.totpRequired.title': ['请先启用双因素认证', 'Enable two-factor authentication first'],
  'banner.totpRequired.text': [
    '您持有管理员角色。按照安全要求，管理员须绑定动态验证码后才能使用管理功能。',
    'You hold an administrator role. Administrators must set up an authenticator code before using administrative functions.',
  ],
  'banner.totpRequired.action': ['去启用双因素认证', 'Set up two-factor authentication'],

  'error.network': [
    '无法连接服务器，请检查网络连接后重试',
    'The server cannot be reached; check your network connection and try again',
  ],
  'error.http': [
    '服务器返回了意外的响应（HTTP {status}），请稍后重试',
    'The server sent an unexpected response (HTTP {status}); try again later',
  ],
  'error.unavailable.title': ['服务暂时不可用', 'Service temporarily unavailable'],
  'error.retry': ['重试', 'Retry'],
  'error.fieldsBelow': ['请修改标出的字段', 'Correct the highlighted fields'],

  'route.notFound.title': ['页面不存在', 'Page not found'],
  'route.notFound.text': ['您访问的页面不存在，可能地址有误。', 'There is no page at this address; check the link.'],
  'route.failed.title': ['页面加载失败', 'The page failed to load'],
  'route.failed.text': [
    '可能是网络中断或平台已升级，请刷新页面后重试。',
    'The network may have dropped or the platform was updated; reload the page and try again.',
  ],
  'route.forbidden.title': ['没有访问权限', 'No access'],
  'route.forbidden.text': [
    '此页面需要“{permission}”权限。如确有需要，请联系系统管理员为您分配相应角色。',
    'This page needs the “{permission}” permission. Ask your platform administrator for a role that grants it.',
  ],
  'route.reload': ['刷新页面', 'Reload page'],
  'route.home': ['返回工作台', 'Back to dashboard'],

  'common.back': ['返回', 'Back'],
  'common.cancel': ['取消', 'Cancel'],
  'common.save': ['保存', 'Save'],
  'common.edit': ['编辑', 'Edit'],
  'common.reload': ['重新加载', 'Reload'],
  'common.search': ['搜索', 'Search'],
  'common.reset': ['重置', 'Reset'],
  'common.all': ['全部', 'All'],
  'common.none': ['—', '—'],
  'common.view': ['查看', 'View'],
  'common.total': ['共 {total} 条', '{total} in total'],
  'common.downloadFailed': ['下载失败：{message}', 'Download failed: {message}'],
});

export type AppMessageKey = keyof typeof APP_MESSAGES;
