/** Notifications about one's own account: sign-ins, password resets, roles, approvals waiting. */
import { z } from 'zod';
import { notificationKind, ZBilingualParam, ZParamCount, ZParamText } from './kind-definition.js';

export const ACCOUNT_NOTIFICATION_KINDS = {
  'accounts.new_device_sign_in': notificationKind({
    module: 'accounts',
    label: { 'zh-CN': '新设备登录提醒', 'en-US': 'Sign-in from a new device' },
    title: { 'zh-CN': '您的账号在新设备上登录', 'en-US': 'Your account was signed in from a new device' },
    body: {
      'zh-CN': '{at}（北京时间），您的账号 {username} 从 {device}（IP {ip}）登录。如非本人操作，请立即修改密码并联系安全管理员。',
      'en-US':
        'At {at} (China Standard Time) your account {username} signed in from {device} (IP {ip}). If this was not you, change your password now and contact the security administrator.',
    },
    params: z.object({ username: ZParamText, at: ZParamText, device: ZParamText, ip: ZParamText }),
    example: { username: 'caoyang_admin', at: '2026-12-06 09:30', device: 'Chrome 131 / Windows', ip: '203.0.113.7' },
    defaultChannel: 'email',
  }),
  'accounts.password_reset': notificationKind({
    module: 'accounts',
    label: { 'zh-CN': '密码被重置', 'en-US': 'Password reset' },
    title: { 'zh-CN': '您的登录密码已被重置', 'en-US': 'Your password was reset' },
    body: {
      'zh-CN':
        '{at}（北京时间），安全管理员重置了账号 {username} 的密码，所有登录会话均已退出。请使用管理员当面交给您的临时密码登录并立即设置新密码；如您没有申请重置，请联系安全管理员。',
      'en-US':
        'At {at} (China Standard Time) the security administrator reset the password of {username} and ended every session. Sign in with the temporary password handed to you and set a new one; if you did not ask for this, contact the security administrator.',
    },
    params: z.object({ username: ZParamText, at: ZParamText }),
    example: { username: 'caoyang_admin', at: '2026-12-06 10:05' },
    defaultChannel: 'email',
  }),
  'accounts.role_granted': notificationKind({
    module: 'accounts',
    label: { 'zh-CN': '获得角色', 'en-US': 'Role granted' },
    title: { 'zh-CN': '您获得了角色：{role}', 'en-US': 'You were given the role {role}' },
    body: {
      'zh-CN': '您已获得「{role}」角色（适用于：{scope}）。重新打开页面后，新的菜单和待办即会出现。',
      'en-US': 'You now hold the role “{role}” (for {scope}). Reload the page to see its menus and to-dos.',
    },
    params: z.object({ role: ZBilingualParam, scope: ZBilingualParam }),
    example: {
      role: { 'zh-CN': '联络员', 'en-US': 'Liaison' },
      scope: { 'zh-CN': '上海市曹杨职业技术学校', 'en-US': '上海市曹杨职业技术学校' },
    },
    defaultChannel: 'inbox',
  }),
  'accounts.role_withdrawn': notificationKind({
    module: 'accounts',
    label: { 'zh-CN': '角色被收回', 'en-US': 'Role withdrawn' },
    title: { 'zh-CN': '您的角色已被收回：{role}', 'en-US': 'Your role {role} was withdrawn' },
    body: {
      'zh-CN': '您不再担任「{role}」（适用于：{scope}），相应的菜单和权限已失效。如有疑问，请联系系统管理员。',
      'en-US':
        'You no longer hold the role “{role}” (for {scope}); its menus and permissions are gone. Contact the platform administrator with any question.',
    },
    params: z.object({ role: ZBilingualParam, scope: ZBilingualParam }),
    example: {
      role: { 'zh-CN': '联络员', 'en-US': 'Liaison' },
      scope: { 'zh-CN': '上海市曹杨职业技术学校', 'en-US': '上海市曹杨职业技术学校' },
    },
    defaultChannel: 'inbox',
  }),
  'accounts.approvals_waiting': notificationKind({
    module: 'accounts',
    label: { 'zh-CN': '待复核的管理操作', 'en-US': 'Administrator actions awaiting approval' },
    title: { 'zh-CN': '有 {count} 项管理操作等待您复核', 'en-US': '{count} administrator actions await your approval' },
    body: {
      'zh-CN': '{requester} 提交了「{action}」，按双人复核规则须由另一位管理员批准后才生效。请打开查看并批准或驳回。',
      'en-US':
        '{requester} asked for “{action}”, which takes effect only once a second administrator approves it. Open it to approve or reject.',
    },
    params: z.object({ count: ZParamCount, requester: ZParamText, action: ZBilingualParam }),
    example: { count: 1, requester: 'admin', action: { 'zh-CN': '授予系统管理员角色', 'en-US': 'Grant the platform administrator role' } },
    defaultChannel: 'email',
    audience: ['platform_admin', 'security_admin', 'audit_admin'],
  }),
};
