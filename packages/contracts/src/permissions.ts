/**
 * Permission names and roles shared by server and web.
 * The role → permission grants here are the defaults a fresh database starts with; the security
 * administrator edits them at run time (table role_permissions), within the duty-separation rule.
 */
import type { Bilingual } from './i18n.js';

/**
 * 三权分立: system administration, security administration and audit are separate duties.
 * `business` permissions are what organisations and bodies do; `common` ones every signed-in user has.
 */
export type Duty = 'system' | 'security' | 'audit' | 'business' | 'common';

interface PermissionInfo {
  duty: Duty;
  label: Bilingual;
}

export const PERMISSIONS = {
  'dashboard.read': { duty: 'common', label: { 'zh-CN': '查看工作台', 'en-US': 'View dashboard' } },
  'org.read': { duty: 'common', label: { 'zh-CN': '查看组织', 'en-US': 'View organisations' } },
  'body.read': { duty: 'common', label: { 'zh-CN': '查看联盟/联合体', 'en-US': 'View bodies' } },
  'org.create': { duty: 'system', label: { 'zh-CN': '新建组织', 'en-US': 'Create organisations' } },
  'org.import': { duty: 'system', label: { 'zh-CN': '批量导入组织', 'en-US': 'Import organisations' } },
  'org.update': { duty: 'business', label: { 'zh-CN': '编辑组织信息', 'en-US': 'Edit organisation' } },
  'body.create': { duty: 'system', label: { 'zh-CN': '新建联盟/联合体', 'en-US': 'Create bodies' } },
  'body.update': { duty: 'business', label: { 'zh-CN': '编辑联盟/联合体', 'en-US': 'Edit body' } },
  'body.member.manage': {
    duty: 'business',
    label: { 'zh-CN': '管理成员单位', 'en-US': 'Manage member organisations' },
  },
  'liaison.manage': { duty: 'business', label: { 'zh-CN': '管理联络员', 'en-US': 'Manage liaisons' } },
  'personal.unmask': {
    duty: 'business',
    label: { 'zh-CN': '查看完整个人信息', 'en-US': 'Reveal masked personal data' },
  },
  'personal.rights': {
    duty: 'business',
    label: { 'zh-CN': '办理个人信息导出与删除请求', 'en-US': 'Answer personal-data export and erasure requests' },
  },
  'governance.chair.manage': {
    duty: 'business',
    label: { 'zh-CN': '排定轮值主席单位', 'en-US': 'Schedule the rotating chair' },
  },
  'governance.office.manage': {
    duty: 'business',
    label: { 'zh-CN': '管理秘书处与委员会', 'en-US': 'Manage the secretariat and committees' },
  },
  'governance.workplan.manage': { duty: 'business', label: { 'zh-CN': '管理年度工作计划', 'en-US': 'Manage the work plan' } },
  'governance.workplan.report': { duty: 'business', label: { 'zh-CN': '填报工作进展', 'en-US': 'Report work-plan progress' } },
  'governance.bulletin.draft': { duty: 'business', label: { 'zh-CN': '撰写简讯', 'en-US': 'Draft bulletins' } },
  'governance.bulletin.manage': {
    duty: 'business',
    label: { 'zh-CN': '编辑、编号和发布简报', 'en-US': 'Edit, number and publish bulletins' },
  },
  'governance.charter.register': {
    duty: 'business',
    label: { 'zh-CN': '登记尚无记录的章程（首次登记）', 'en-US': 'Register a body’s charter when none is on record' },
  },
  'governance.meeting.manage': {
    duty: 'business',
    label: { 'zh-CN': '组织校长联席会议与表决', 'en-US': 'Run joint meetings and votes' },
  },
  'governance.membership.review': {
    duty: 'business',
    label: { 'zh-CN': '办理成员加入、退出与除名', 'en-US': 'Handle admissions, withdrawals and expulsions' },
  },
  'governance.membership.apply': {
    duty: 'business',
    label: { 'zh-CN': '申请加入或退出联盟', 'en-US': 'Apply to join or withdraw' },
  },
  'governance.vote.cast': { duty: 'business', label: { 'zh-CN': '代表本单位表决', 'en-US': 'Vote for one’s member unit' } },
  'governance.certificate.download': {
    duty: 'business',
    label: { 'zh-CN': '下载成员证书', 'en-US': 'Download membership certificates' },
  },
  'governance.finance.read': { duty: 'business', label: { 'zh-CN': '查看联盟经费收支与财务报告', 'en-US': 'Read the body’s finances' } },
  'governance.finance.manage': {
    duty: 'business',
    label: { 'zh-CN': '记账、编制预算与财务报告', 'en-US': 'Keep the ledger, budget and financial report' },
  },
  'governance.activity.manage': {
    duty: 'business',
    label: { 'zh-CN': '组织联盟活动（报名、签到、成果）', 'en-US': 'Run activities (registration, attendance, outcomes)' },
  },
  'governance.activity.register': {
    duty: 'business',
    label: { 'zh-CN': '为本单位报名参加活动', 'en-US': 'Register one’s unit for activities' },
  },
  'governance.project.propose': {
    duty: 'business',
    label: { 'zh-CN': '提出合作项目提案、更新牵头项目进展', 'en-US': 'Propose cooperation projects and report on led ones' },
  },
  'governance.project.manage': {
    duty: 'business',
    label: { 'zh-CN': '办理合作项目（提交审议、参与单位、状态）', 'en-US': 'Handle cooperation projects (agenda, participants, status)' },
  },
  'user.read': { duty: 'system', label: { 'zh-CN': '查看用户账号', 'en-US': 'View user accounts' } },
  'user.manage': {
    duty: 'system',
    label: { 'zh-CN': '新建和停用用户账号', 'en-US': 'Create and disable user accounts' },
  },
  'user.role.assign': { duty: 'system', label: { 'zh-CN': '分配角色', 'en-US': 'Assign roles' } },
  'jobs.manage': {
    duty: 'system',
    label: { 'zh-CN': '查看和重试后台任务与邮件投递', 'en-US': 'View and retry background jobs and e-mail deliveries' },
  },
  'role.read': { duty: 'security', label: { 'zh-CN': '查看角色权限', 'en-US': 'View roles and permissions' } },
  'role.permission.edit': {
    duty: 'security',
    label: { 'zh-CN': '编辑角色权限', 'en-US': 'Edit role permissions' },
  },
  'security.unlock': {
    duty: 'security',
    label: { 'zh-CN': '解锁账号、重置双因素', 'en-US': 'Unlock accounts and reset second factors' },
  },
  // Every administrator duty decides the others' requests (two-person rule); the service also checks the duties.
  'admin.request.decide': {
    duty: 'common',
    label: {
      'zh-CN': '审批其他管理员职责的特权操作申请（双人审批）',
      'en-US': 'Decide other duties’ requests for privileged changes (two-person rule)',
    },
  },
  'audit.read': { duty: 'audit', label: { 'zh-CN': '查看审计日志', 'en-US': 'Read the audit log' } },
  'audit.export': { duty: 'audit', label: { 'zh-CN': '导出审计日志', 'en-US': 'Export the audit log' } },
  'audit.verify': { duty: 'audit', label: { 'zh-CN': '校验审计链', 'en-US': 'Verify the audit chain' } },
  'selection.call.manage': {
    duty: 'business',
    label: { 'zh-CN': '发布和管理遴选（通知、指标体系、申报材料）', 'en-US': 'Run selections (calls, indicators, applications)' },
  },
  'selection.application.edit': {
    duty: 'business',
    label: { 'zh-CN': '填报和提交推荐书', 'en-US': 'Fill in and submit applications' },
  },
  'selection.review.manage': {
    duty: 'business',
    label: {
      'zh-CN': '组织遴选评审（专家、回避、分配、排名、发布结果）',
      'en-US': 'Run selection reviews (experts, conflicts, assignment, ranking, results)',
    },
  },
  'selection.review.score': { duty: 'business', label: { 'zh-CN': '评审打分', 'en-US': 'Score assigned applications' } },
  'talent.demand.edit': { duty: 'business', label: { 'zh-CN': '填报本单位人才需求', 'en-US': 'Enter one’s enterprise’s talent demand' } },
  'talent.supply.edit': { duty: 'business', label: { 'zh-CN': '填报本校人才供给', 'en-US': 'Enter one’s school’s talent supply' } },
  'talent.analysis.manage': {
    duty: 'business',
    label: { 'zh-CN': '查看供需缺口、编制和发布紧缺人才目录', 'en-US': 'See supply–demand gaps, build and publish the shortage catalogue' },
  },
  'reports.cycle.manage': {
    duty: 'business',
    label: {
      'zh-CN': '开启和管理质量年报周期（层级、填报单位、截止日期、提纲与指标）、查看填报进度、退回年报',
      'en-US': 'Run quality-report cycles (levels, participants, deadlines, outline, indicators), see coverage, return reports',
    },
  },
  'reports.registers.manage': {
    duty: 'business',
    label: {
      'zh-CN': '维护质量年报的项目与荣誉、案例登记（录入、导入、导出）及年报中的登记表格',
      'en-US': 'Keep the quality reports’ registers of projects, honours and cases (enter, import, export) and their report tables',
    },
  },
  'reports.report.publish': {
    duty: 'business',
    label: {
      'zh-CN': '公开发布已审定的质量年报（公开形式、时间、网址）或撤回发布',
      'en-US': 'Publish an approved quality report (form, date, address) or withdraw it',
    },
  },
  'reports.compliance.manage': {
    duty: 'business',
    label: {
      'zh-CN': '组织质量年报合规性评价（分配专家、查看结果、按整改意见退回年报）',
      'en-US': 'Run the compliance evaluation of quality reports (assign experts, see results, send reports back)',
    },
  },
  'reports.compliance.score': {
    duty: 'business',
    label: {
      'zh-CN': '评价分配给本人的质量年报（合规性评价）',
      'en-US': 'Score the quality reports assigned to one (compliance evaluation)',
    },
  },
  'reports.data.collect': {
    duty: 'business',
    label: { 'zh-CN': '填报本单位质量年报数据并提交（采集员）', 'en-US': 'Fill in and submit one’s unit’s report data (collector)' },
  },
  'reports.data.review': {
    duty: 'business',
    label: {
      'zh-CN': '审核本单位质量年报数据、按字段退回（审核员）',
      'en-US': 'Check one’s unit’s report data and return fields (reviewer)',
    },
  },
  'reports.data.approve': {
    duty: 'business',
    label: {
      'zh-CN': '审定本单位质量年报并签署责任声明（校长/法定代表人）',
      'en-US': 'Approve one’s unit’s report with the responsibility statement (principal)',
    },
  },
  'resources.survey.manage': {
    duty: 'business',
    label: {
      'zh-CN': '发起资源调研、查看填报进度、采纳或退回填报',
      'en-US': 'Open resource surveys, follow progress, accept or reopen answers',
    },
  },
  'resources.survey.fill': {
    duty: 'business',
    label: { 'zh-CN': '填报本单位资源调研', 'en-US': 'Answer the resource survey for one’s unit' },
  },
  'resources.database.read': {
    duty: 'business',
    label: { 'zh-CN': '检索成员单位资源数据库', 'en-US': 'Search the members’ resource database' },
  },
  'resources.exchange.edit': {
    duty: 'business',
    label: {
      'zh-CN': '发布本单位师资互派与职业体验信息、签订协议、记录完成情况和评价',
      'en-US': 'Publish one’s unit’s teacher and vocational-experience exchanges, make agreements, record completion and evaluations',
    },
  },
  'resources.course.host': {
    duty: 'business',
    label: {
      'zh-CN': '向成员单位开设互选课程、接收学生、登记成绩和结课',
      'en-US': 'Offer courses to the members, accept students, record results and close courses',
    },
  },
  'resources.course.nominate': {
    duty: 'business',
    label: { 'zh-CN': '推荐本单位学生跨校选修课程', 'en-US': 'Nominate one’s unit’s students to other members’ courses' },
  },
  'resources.credit.recognise': {
    duty: 'business',
    label: {
      'zh-CN': '认定本单位学生的跨校学分、查看其学习记录',
      'en-US': 'Decide the recognition of one’s unit’s students’ credits and read their learning records',
    },
  },
  'talent.list.manage': {
    duty: 'business',
    label: { 'zh-CN': '办理企业清单准入退出、编制和发布各类清单', 'en-US': 'Admit and remove enterprises, edit and publish the lists' },
  },
  'talent.report.manage': {
    duty: 'business',
    label: {
      'zh-CN': '编制、发布和撤回人才供需报告（季度趋势研究专报、年度人才需求报告）',
      'en-US': 'Write, publish and withdraw the supply–demand reports (quarterly trend reports, yearly talent demand reports)',
    },
  },
} as const satisfies Record<string, PermissionInfo>;

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

export type ScopeType = 'system' | 'org' | 'body';

interface RoleInfo {
  scope: ScopeType;
  /** The administrative duty the role carries, if it is one of the three separated administrators. */
  adminDuty?: 'system' | 'security' | 'audit';
  label: Bilingual;
}

export const ROLES = {
  platform_admin: {
    scope: 'system',
    adminDuty: 'system',
    label: { 'zh-CN': '系统管理员', 'en-US': 'Platform administrator' },
  },
  security_admin: {
    scope: 'system',
    adminDuty: 'security',
    label: { 'zh-CN': '安全管理员', 'en-US': 'Security administrator' },
  },
  audit_admin: {
    scope: 'system',
    adminDuty: 'audit',
    label: { 'zh-CN': '审计管理员', 'en-US': 'Audit administrator' },
  },
  body_secretariat: { scope: 'body', label: { 'zh-CN': '秘书处', 'en-US': 'Body secretariat' } },
  member_representative: {
    scope: 'org',
    label: { 'zh-CN': '成员单位代表', 'en-US': 'Member representative' },
  },
  liaison: { scope: 'org', label: { 'zh-CN': '联络员', 'en-US': 'Liaison' } },
  org_admin: { scope: 'org', label: { 'zh-CN': '单位管理员', 'en-US': 'Organisation administrator' } },
  data_collector: { scope: 'org', label: { 'zh-CN': '采集员', 'en-US': 'Data collector' } },
  reviewer: { scope: 'org', label: { 'zh-CN': '审核员', 'en-US': 'Reviewer' } },
  principal: { scope: 'org', label: { 'zh-CN': '校长/法定代表人', 'en-US': 'Principal' } },
  authority_admin: {
    scope: 'org',
    label: { 'zh-CN': '教育行政部门管理员', 'en-US': 'Education authority administrator' },
  },
  expert: { scope: 'system', label: { 'zh-CN': '评审专家', 'en-US': 'Expert' } },
} as const satisfies Record<string, RoleInfo>;

export type Role = keyof typeof ROLES;
export const ROLE_NAMES = Object.keys(ROLES) as Role[];
export const ADMIN_ROLES: Role[] = ['platform_admin', 'security_admin', 'audit_admin'];

const COMMON: Permission[] = ['dashboard.read', 'org.read', 'body.read'];
/**
 * The security and audit administrators keep to their duties (等保2.0 三级 "特权用户权限分离"): no alliance's
 * charter, meetings or liaisons. An expert scores applications and has no business in any body either.
 */
const OUTSIDE_BODIES: Permission[] = ['dashboard.read', 'org.read'];

export const DEFAULT_GRANTS: Record<Role, Permission[]> = {
  platform_admin: [
    ...COMMON,
    'org.create',
    'org.import',
    'org.update',
    'body.create',
    'body.update',
    'body.member.manage',
    'liaison.manage',
    'governance.charter.register',
    'user.read',
    'user.manage',
    'user.role.assign',
    'jobs.manage',
    'admin.request.decide',
  ],
  security_admin: [...OUTSIDE_BODIES, 'role.read', 'role.permission.edit', 'security.unlock', 'admin.request.decide'],
  audit_admin: [...OUTSIDE_BODIES, 'audit.read', 'audit.export', 'audit.verify', 'admin.request.decide'],
  body_secretariat: [
    ...COMMON,
    'body.update',
    'body.member.manage',
    'liaison.manage',
    'personal.unmask',
    'personal.rights',
    'governance.chair.manage',
    'governance.office.manage',
    'governance.workplan.manage',
    'governance.workplan.report',
    'governance.bulletin.draft',
    'governance.bulletin.manage',
    'governance.charter.register',
    'governance.meeting.manage',
    'governance.membership.review',
    'governance.certificate.download',
    'governance.finance.read',
    'governance.finance.manage',
    'governance.activity.manage',
    'governance.activity.register',
    'governance.project.manage',
    'governance.project.propose',
    'talent.demand.edit',
    'talent.supply.edit',
    'talent.analysis.manage',
    'resources.survey.manage',
    'resources.survey.fill',
    'resources.database.read',
    'talent.list.manage',
    'talent.report.manage',
  ],
  member_representative: [
    ...COMMON,
    'liaison.manage',
    'governance.workplan.report',
    'governance.bulletin.draft',
    'governance.membership.apply',
    'governance.vote.cast',
    'governance.certificate.download',
    'governance.finance.read',
    'governance.activity.register',
    'governance.project.propose',
    'resources.database.read',
    'resources.exchange.edit',
  ],
  liaison: [
    ...COMMON,
    'governance.workplan.report',
    'governance.bulletin.draft',
    'governance.activity.register',
    'resources.database.read',
    'resources.exchange.edit',
  ],
  org_admin: [
    ...COMMON,
    'org.update',
    'liaison.manage',
    'personal.unmask',
    'personal.rights',
    'governance.membership.apply',
    'governance.certificate.download',
    'selection.application.edit',
    'talent.demand.edit',
    'talent.supply.edit',
    'resources.survey.fill',
    'resources.database.read',
    'resources.exchange.edit',
    'resources.course.host',
    'resources.course.nominate',
    'resources.credit.recognise',
  ],
  data_collector: [
    ...COMMON,
    'selection.application.edit',
    'talent.demand.edit',
    'talent.supply.edit',
    'reports.data.collect',
    'resources.survey.fill',
    'resources.database.read',
    'resources.course.host',
    'resources.course.nominate',
    'resources.credit.recognise',
  ],
  reviewer: [...COMMON, 'reports.data.review', 'resources.database.read'],
  principal: [...COMMON, 'reports.data.approve', 'reports.report.publish', 'resources.database.read'],
  authority_admin: [
    ...COMMON,
    'selection.call.manage',
    'selection.review.manage',
    'reports.cycle.manage',
    'reports.registers.manage',
    'reports.report.publish',
    'reports.compliance.manage',
  ],
  expert: [...OUTSIDE_BODIES, 'selection.review.score', 'reports.compliance.score'],
};

export function permissionDuty(permission: Permission): Duty {
  return PERMISSIONS[permission].duty;
}
