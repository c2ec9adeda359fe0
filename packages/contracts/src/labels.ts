/**
 * Field names as users know them, for validation messages ("『统一社会信用代码』…").
 * Keys are the identifiers used in the API; modules add their fields here.
 */
import { GOVERNANCE_RULE_VALIDATION_MESSAGES } from './governance-rules.js';
import { CHARTER_VALIDATION_MESSAGES } from './governance/charter.js';
import { FINANCE_VALIDATION_MESSAGES } from './governance/finance.js';
import type { Bilingual } from './i18n.js';
import { SELECTION_RULE_VALIDATION_MESSAGES } from './selection-rules.js';
import { TALENT_VALIDATION_MESSAGES } from './talent/messages.js';
import { REPORT_VALIDATION_MESSAGES } from './reports/messages.js';
import { PUBLICATION_VALIDATION_MESSAGES } from './reports/publication.js';
import { RESOURCE_VALIDATION_MESSAGES } from './resources/messages.js';

const label = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export const KERNEL_LABELS: Record<string, Bilingual> = {
  username: label('用户名', 'Username'),
  password: label('密码', 'Password'),
  currentPassword: label('当前密码', 'Current password'),
  newPassword: label('新密码', 'New password'),
  code: label('验证码', 'Code'),
  displayName: label('姓名', 'Name'),
  email: label('电子邮箱', 'E-mail'),
  phone: label('手机号码', 'Phone'),
  name: label('名称', 'Name'),
  shortName: label('简称', 'Short name'),
  uscc: label('统一社会信用代码', 'Unified social credit code'),
  type: label('类型', 'Type'),
  kind: label('类别', 'Kind'),
  level: label('办学层次', 'School level'),
  regionCode: label('所在地区', 'Region'),
  address: label('地址', 'Address'),
  legalRepresentative: label('法定代表人', 'Legal representative'),
  website: label('网址', 'Website'),
  description: label('简介', 'Description'),
  version: label('版本号', 'Version'),
  role: label('角色', 'Role'),
  scopeId: label('适用范围', 'Scope'),
  permissions: label('权限', 'Permissions'),
  orgId: label('组织', 'Organisation'),
  joinedOn: label('加入日期', 'Date joined'),
  leftOn: label('退出日期', 'Date left'),
  reason: label('原因', 'Reason'),
  title: label('职务', 'Position'),
  foundedOn: label('成立日期', 'Founded on'),
  secretariatOrgId: label('秘书处所在单位', 'Secretariat organisation'),
  page: label('页码', 'Page'),
  pageSize: label('每页条数', 'Page size'),
  q: label('搜索词', 'Search text'),
  from: label('开始时间', 'From'),
  to: label('结束时间', 'To'),
};

/** Messages for rules zod does not know, raised with `params: { i18n: KEY }`. */
export const VALIDATION_MESSAGES = {
  USCC_LENGTH: label('应为 18 位（数字和大写字母）', 'must be 18 characters (digits and capital letters)'),
  USCC_CHARACTER: label(
    '含有不允许的字符（不使用 I、O、Z、S、V）',
    'contains a character that is not allowed (I, O, Z, S and V are never used)',
  ),
  USCC_CHECK: label('校验位不正确，请核对营业执照上的代码', 'the check character is wrong; compare with the licence'),
  PHONE_FORMAT: label('应为 11 位手机号或带区号的固定电话', 'must be an 11-digit mobile or a landline with area code'),
  NOT_BLANK: label('不能为空', 'must not be blank'),
  NOT_VISIBLE: label(
    '只含不可见的字符（如零宽空格），请填写看得见的文字',
    'holds only invisible characters (such as zero-width spaces); type visible text',
  ),
  NUL_CHARACTER: label('含有空字符（U+0000），请删除后重新填写', 'contains a NUL character (U+0000); remove it and try again'),
  DATE_RANGE: label('应在 {from} 至 {to} 之间，请检查年份', 'must be between {from} and {to}; check the year'),
  MAX_CHARS: label('最多 {max} 个字，当前 {count} 个字，请精简', 'at most {max} characters; it has {count}, please shorten it'),
  DATE_FORMAT: label('日期格式应为 YYYY-MM-DD', 'dates are written YYYY-MM-DD'),
  NUMBER_AT_LEAST: label('不能小于 {limit}', 'must be at least {limit}'),
  NUMBER_ABOVE: label('须大于 {limit}', 'must be greater than {limit}'),
  NUMBER_AT_MOST: label('不能大于 {limit}', 'must be at most {limit}'),
  NUMBER_BELOW: label('须小于 {limit}', 'must be less than {limit}'),
  TEXT_AT_LEAST: label('至少 {limit} 个字', 'at least {limit} characters'),
  TEXT_AT_MOST: label('最多 {limit} 个字', 'at most {limit} characters'),
  ITEMS_AT_LEAST: label('至少 {limit} 项', 'at least {limit} items'),
  ITEMS_AT_MOST: label('最多 {limit} 项', 'at most {limit} items'),
  EMAIL_FORMAT: label(
    '不是有效的电子邮箱地址，请按 name@example.com 的格式填写',
    'is not a valid e-mail address; write it like name@example.com',
  ),
  ...GOVERNANCE_RULE_VALIDATION_MESSAGES,
  ...FINANCE_VALIDATION_MESSAGES,
  ...CHARTER_VALIDATION_MESSAGES,
  ...SELECTION_RULE_VALIDATION_MESSAGES,
  ...TALENT_VALIDATION_MESSAGES,
  ...REPORT_VALIDATION_MESSAGES,
  ...PUBLICATION_VALIDATION_MESSAGES,
  ...RESOURCE_VALIDATION_MESSAGES,
} satisfies Record<string, Bilingual>;
