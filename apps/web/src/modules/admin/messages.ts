import { defineMessages } from '../../app/i18n';

export const ADMIN_MESSAGES = defineMessages({
  'list.title': ['用户账号', 'User accounts'],
  'list.subtitle': [
    '系统管理员在此开设、停用账号并分配角色；解锁与重置双因素由安全管理员办理。',
    'The platform administrator opens and disables accounts and assigns roles here; the security administrator unlocks accounts and resets second factors.',
  ],
  'list.search': ['搜索用户名或姓名', 'Search username or name'],
  'list.create': ['新建账号', 'New account'],
  'list.empty': ['没有符合条件的账号', 'No account matches'],
  'list.total': ['共 {total} 个账号', '{total} accounts'],

  'status.label': ['账号状态', 'Account status'],
  'status.all': ['全部状态', 'All statuses'],
  'status.active': ['正常', 'Active'],
  'status.disabled': ['已停用', 'Disabled'],
  'status.mustChangePassword': ['待修改初始密码', 'Initial password not yet changed'],
  'status.totp': ['已绑定双因素', 'Two-factor on'],

  'column.username': ['用户名', 'Username'],
  'column.displayName': ['姓名', 'Name'],
  'column.roles': ['角色', 'Roles'],
  'column.status': ['状态', 'Status'],
  'column.createdAt': ['开设时间', 'Opened'],
  'roles.none': ['未分配角色', 'No role'],

  'scope.system': ['全系统', 'whole system'],
  'scope.org': ['组织', 'organisation'],
  'scope.body': ['联盟/联合体', 'body'],
  'scope.systemSuffix': ['{role}（全系统）', '{role} (whole system)'],

  'create.title': ['新建用户账号', 'New user account'],
  'create.subtitle': [
    '新账号首次登录时须修改初始密码。可同时为其指定所在组织和角色，也可稍后在账号详情中分配。',
    'A new account must change its initial password at first sign-in. Its organisation and role can be set now or later on the account page.',
  ],
  'create.section.account': ['账号', 'Account'],
  'create.section.role': ['所在组织与角色（可选）', 'Organisation and role (optional)'],
  'create.username.extra': [
    '3–32 位小写字母、数字或 _ . -，例如 zhang.san；登录时不区分大小写。',
    '3–32 lower-case letters, digits or _ . -, e.g. zhang.san; sign-in ignores case.',
  ],
  'create.password.mode': ['初始密码', 'Initial password'],
  'create.password.generate': ['由系统生成（创建后显示一次）', 'Generate one (shown once after creation)'],
  'create.password.manual': ['手动设置', 'Set it myself'],
  'create.password.extra': [
    '至少 10 位（系统、安全、审计管理员至少 12 位，以平台设置为准），须同时包含字母和数字，不能是常用密码或由用户名、姓名构成；请通过安全渠道告知本人。',
    'At least 10 characters (12 for the platform, security and audit administrators, unless the platform sets more) with letters and digits, not a common password and not built from the username or name; pass it on through a safe channel.',
  ],
  'create.role.extra': [
    '选择组织类角色时请选择组织；选择秘书处时请选择联盟/联合体。',
    'Organisation roles need an organisation; the secretariat role needs a body.',
  ],
  'create.submit': ['创建账号', 'Create account'],
  'create.done.title': ['已开设账号“{username}”', 'Account “{username}” is open'],
  'create.done.text': [
    '请将用户名和初始密码当面或通过安全渠道告知{name}；首次登录后须修改密码。',
    'Give {name} the username and initial password in person or through a safe channel; the password must be changed at first sign-in.',
  ],
  'create.done.password': ['初始密码（仅显示这一次）', 'Initial password (shown this once only)'],
  'create.done.passwordHidden': [
    '平台不保存明文密码，离开本页后将无法再次查看，请现在复制或记下。',
    'The platform keeps no readable copy: once you leave this page it cannot be shown again, so copy or note it now.',
  ],
  'create.done.roleFailed': [
    '账号已开设，但角色未能分配：{message}。请在账号详情中重新分配。',
    'The account is open but the role was not given: {message}. Assign it again on the account page.',
  ],
  'create.done.roleRequested': [
    '管理员角色已提交审批：须由另一职责的管理员（安全或审计管理员）在“双人审批”中批准后生效。',
    'The administrator role was requested: it takes effect once an administrator of another duty (security or audit) approves it under “Two-person approvals”.',
  ],
  'create.adminRole.text': [
    '管理员角色须由另一职责的管理员批准后才授予（双人审批）。账号会立即开设，角色在批准后生效。',
    'An administrator role is given only on the approval of another duty (two-person rule). The account opens now; the role follows the approval.',
  ],
  'create.adminRole.reason': ['申请理由', 'Reason for the request'],
  'create.done.open': ['查看账号', 'Open the account'],
  'create.done.another': ['继续新建', 'Create another'],

  'form.required': ['请填写{field}', 'Fill in {field}'],
  'form.choose': ['请选择{field}', 'Choose {field}'],
  'field.username': ['用户名', 'Username'],
  'field.displayName': ['姓名', 'Name'],
  'field.email': ['电子邮箱', 'E-mail'],
  'field.phone': ['手机号码', 'Mobile phone'],
  'field.initialPassword': ['初始密码', 'Initial password'],
  'field.role': ['角色', 'Role'],
  'field.org': ['组织', 'Organisation'],
  'field.body': ['联盟/联合体', 'Body'],
  'field.reason': ['停用原因', 'Reason for disabling'],

  'scopeSelect.org': ['输入名称搜索组织', 'Type to search organisations'],
  'scopeSelect.body': ['输入名称搜索联盟/联合体', 'Type to search bodies'],
  'scopeSelect.empty': ['没有找到，换个关键词试试', 'Nothing found; try another word'],

  'detail.title': ['账号详情', 'User account'],
  'detail.basics': ['基本信息', 'Basic information'],
  'detail.masked': ['联系方式已脱敏显示', 'Contact details are masked'],
  'detail.disabledAt': ['停用时间', 'Disabled at'],
  'detail.securityHint': [
    '账号被锁定或丢失动态验证码时，请联系安全管理员处理。',
    'If the account is locked or its authenticator is lost, ask the security administrator.',
  ],

  'disable.action': ['停用账号', 'Disable account'],
  'disable.title': ['停用账号“{username}”', 'Disable “{username}”'],
  'disable.text': [
    '停用后该账号立即退出所有已登录的会话，且无法再登录，直到重新启用。',
    'Disabling ends all of the account’s sessions at once; it cannot sign in until enabled again.',
  ],
  'disable.reason.placeholder': ['例如：已调离本单位', 'e.g. has left the organisation'],
  'disable.done': ['已停用账号，其会话已全部结束', 'Account disabled; all its sessions ended'],
  'enable.action': ['启用账号', 'Enable account'],
  'enable.confirm': ['启用后该账号可以重新登录。确定启用吗？', 'The account will be able to sign in again. Enable it?'],
  'enable.done': ['已启用账号', 'Account enabled'],
  'self.hint': [
    '这是您本人的账号：不能停用，也不能收回自己的管理员角色。',
    'This is your own account: you cannot disable it or drop your own administrator role.',
  ],

  'roles.title': ['角色', 'Roles'],
  'roles.assign': ['分配角色', 'Assign a role'],
  'roles.assignTitle': ['为“{name}”分配角色', 'Assign a role to “{name}”'],
  'roles.assigned': ['已分配角色“{role}”', 'Gave the role “{role}”'],
  'roles.revoke': ['收回', 'Revoke'],
  'roles.revokeConfirm': ['确定收回角色“{role}”吗？', 'Revoke the role “{role}”?'],
  'roles.revoked': ['已收回角色“{role}”', 'Revoked “{role}”'],
  'roles.scope': ['适用范围', 'Applies to'],
  'roles.grantedNone': [
    '该账号尚无角色，登录后只能看到工作台。',
    'This account has no role yet; after signing in it sees only the dashboard.',
  ],
  'roles.clash': [
    '三权分立：已担任“{held}”，不能再担任其他管理员角色',
    'Separation of duties: already holds “{held}”, so no other administrator role',
  ],
  'roles.group.admin': ['管理员角色（三权分立，只能担任其一）', 'Administrator roles (separated: one at most)'],
  'roles.group.org': ['组织内的角色', 'Roles within an organisation'],
  'roles.group.body': ['联盟/联合体内的角色', 'Roles within a body'],
  'roles.group.system': ['其他全系统角色', 'Other system-wide roles'],
});

export type AdminMessageKey = keyof typeof ADMIN_MESSAGES;
