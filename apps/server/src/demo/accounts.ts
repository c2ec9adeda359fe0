/**
 * One demo account per role (at least), each scoped to a real organisation or body of the documents so
 * that signing in shows that role's view of real data. Scopes name their organisation or body; the
 * seeding step resolves them to ids.
 */
import type { Role } from '@chanjiao/contracts';
import { ALLIANCE_NAME, CAOYANG_SCHOOL } from './dataset/alliance.js';
import { LIANYUNGANG_EDUCATION_BUREAU, PUTUO_EDUCATION_BUREAU, SHANGHAI_EDUCATION_COMMISSION } from './dataset/authorities.js';
import { LYG_DEMO_COLLEGE } from './dataset/lianyungang-2026.js';
import { PUTUO_ALLIANCE_NAME } from './dataset/putuo.js';
import { MINHANG_CONSORTIUM } from './dataset/shanghai-2024.js';

export type DemoScope = { org: string } | { body: string } | null;

export interface DemoAccountSpec {
  username: string;
  displayName: string;
  /** Shown at start-up beside the username: what the account is for, in Chinese and English. */
  description: string;
  role: Role;
  scope: DemoScope;
}

export const SYSTEM_ACCOUNTS: DemoAccountSpec[] = [
  {
    username: 'admin',
    displayName: '平台管理员（演示）',
    description: '系统管理员 platform administrator',
    role: 'platform_admin',
    scope: null,
  },
  {
    username: 'security',
    displayName: '安全管理员（演示）',
    description: '安全管理员 security administrator',
    role: 'security_admin',
    scope: null,
  },
  {
    username: 'auditor',
    displayName: '审计管理员（演示）',
    description: '审计管理员 audit administrator',
    role: 'audit_admin',
    scope: null,
  },
];

/** 曹杨 holds the school-side roles: its administrator, its representative and liaison, and the report roles. */
function caoyangAccount(username: string, role: Role, zh: string, en: string, displayName = `曹杨职校${zh}（演示）`): DemoAccountSpec {
  return { username, displayName, description: `曹杨职校${zh} ${en} of 曹杨职校`, role, scope: { org: CAOYANG_SCHOOL } };
}

export const BUSINESS_ACCOUNTS: DemoAccountSpec[] = [
  {
    username: 'yhn_secretariat',
    displayName: '沿沪宁联盟秘书处（演示）',
    description: '沿沪宁联盟秘书处 secretariat of the 沿沪宁 alliance',
    role: 'body_secretariat',
    scope: { body: ALLIANCE_NAME },
  },
  {
    username: 'putuo_secretariat',
    displayName: '普陀区职教联盟秘书处（演示）',
    description: '普陀区职教联盟秘书处 secretariat of the Putuo district alliance',
    role: 'body_secretariat',
    scope: { body: PUTUO_ALLIANCE_NAME },
  },
  caoyangAccount('caoyang_admin', 'org_admin', '单位管理员', 'organisation administrator'),
  caoyangAccount('caoyang_rep', 'member_representative', '成员单位代表', 'member representative'),
  // The liaison record of 曹杨 in the demo alliances carries this person's name.
  caoyangAccount('caoyang_liaison', 'liaison', '联络员', 'liaison', '李演示（曹杨职校联络员）'),
  caoyangAccount('collector', 'data_collector', '质量报告采集员', 'quality-report data collector'),
  caoyangAccount('reviewer', 'reviewer', '质量报告审核员', 'quality-report reviewer'),
  caoyangAccount('principal', 'principal', '校长', 'principal'),
  {
    username: 'lyg_authority',
    displayName: '连云港市教育局（演示）',
    description: '连云港市教育局管理员 administrator of 连云港市教育局',
    role: 'authority_admin',
    scope: { org: LIANYUNGANG_EDUCATION_BUREAU },
  },
  {
    username: 'lyg_school',
    displayName: '连云港演示职业技术学院（演示）',
    description: '连云港演示职业技术学院单位管理员 applicant of the 连云港 selection',
    role: 'org_admin',
    scope: { org: LYG_DEMO_COLLEGE },
  },
  {
    username: 'putuo_authority',
    displayName: '普陀区教育局（演示）',
    description: '普陀区教育局管理员 administrator of 普陀区教育局 (2022 quality-report cycle)',
    role: 'authority_admin',
    scope: { org: PUTUO_EDUCATION_BUREAU },
  },
  {
    username: 'sh_authority',
    displayName: '上海市教委（演示）',
    description: '上海市教委管理员 administrator of 上海市教育委员会',
    role: 'authority_admin',
    scope: { org: SHANGHAI_EDUCATION_COMMISSION },
  },
  {
    username: 'mh_secretariat',
    displayName: '闵行产教联合体秘书处（演示）',
    description: `${MINHANG_CONSORTIUM.name}秘书处 secretariat of the Minhang consortium (talent lists)`,
    role: 'body_secretariat',
    scope: { body: MINHANG_CONSORTIUM.name },
  },
  {
    username: 'mh_enterprise',
    displayName: `${MINHANG_CONSORTIUM.enterprise}（演示）`,
    description: `${MINHANG_CONSORTIUM.enterprise}单位管理员 enterprise of the Minhang consortium`,
    role: 'org_admin',
    scope: { org: MINHANG_CONSORTIUM.enterprise },
  },
  {
    username: 'mh_school',
    displayName: `${MINHANG_CONSORTIUM.school}采集员（演示）`,
    description: `${MINHANG_CONSORTIUM.school}采集员 school of the Minhang consortium`,
    role: 'data_collector',
    scope: { org: MINHANG_CONSORTIUM.school },
  },
  {
    username: 'expert1',
    displayName: '评审专家一（演示）',
    description: '评审专家 expert reviewer',
    role: 'expert',
    scope: null,
  },
  {
    username: 'putuo_expert',
    displayName: '年报评价专家（演示）',
    description: '普陀区教育局专家库的年报合规性评价专家 expert evaluating the 普陀区 quality reports',
    role: 'expert',
    scope: null,
  },
];

export const DEMO_ACCOUNTS: DemoAccountSpec[] = [...SYSTEM_ACCOUNTS, ...BUSINESS_ACCOUNTS];
