/**
 * Made-up records that make the demo usable: enterprises that joined the two alliances after their
 * founding, and liaisons for some members only, so that 章程第十一条's "members without a liaison" has
 * something to show. Every organisation here is marked isGenerated; people carry 演示 in their names,
 * 1380000 phone numbers and example.com addresses. The Putuo alliance's enterprises are recorded as members
 * straight away (that alliance's documents name no joining procedure); the 沿沪宁 alliance's apply and are voted in
 * by a joint meeting (章程第十九条), so their admissions are played through the meetings in alliance-admissions.ts.
 */
import { usccCheckCharacter } from '@chanjiao/contracts';
import { ALLIANCE_FOUNDERS, ALLIANCE_NAME, CAOYANG_SCHOOL } from './alliance.js';
import { PUTUO_ALLIANCE_NAME } from './putuo.js';
import type { DemoLiaison, DemoMembership, DemoOrg } from './types.js';

const ORGANISATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714 check character of a nine-character organisation code, from its first eight characters. */
function organisationCodeCheck(first8: string): string {
  const sum = [...first8].reduce((total, ch, i) => total + parseInt(ch, 36) * ORGANISATION_CODE_WEIGHTS[i]!, 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/**
 * A valid code in the shape of a company's (登记管理部门 9 工商, 类别 1 企业, then the region and an
 * organisation code). The organisation code starts CJ plus a serial, so generated codes are easy to spot.
 */
export function generatedUscc(regionCode: string, serial: number): string {
  const organisationCode = `CJ${String(serial).padStart(6, '0')}`;
  const first17 = `91${regionCode}${organisationCode}${organisationCodeCheck(organisationCode)}`;
  return first17 + usccCheckCharacter(first17);
}

/** [city, region code, industry, the body it joined, joined on (for the 沿沪宁 alliance: the day of the meeting that admits it)] */
const ENTERPRISES: [string, string, string, string, string][] = [
  ['南京', '320100', '智能装备', ALLIANCE_NAME, '2026-03-20'],
  ['扬州', '321000', '酒店管理', ALLIANCE_NAME, '2026-03-20'],
  ['镇江', '321100', '新材料', ALLIANCE_NAME, '2026-03-20'],
  ['泰州', '321200', '生物医药', ALLIANCE_NAME, '2026-03-20'],
  ['常州', '320400', '新能源汽车零部件', ALLIANCE_NAME, '2026-03-20'],
  ['无锡', '320200', '集成电路封测', ALLIANCE_NAME, '2026-03-20'],
  ['南通', '320600', '海工装备', ALLIANCE_NAME, '2026-06-18'],
  ['苏州', '320500', '精密制造', ALLIANCE_NAME, '2026-06-18'],
  ['苏州', '320500', '工业软件', ALLIANCE_NAME, '2026-06-18'],
  ['无锡', '320200', '物联网技术', ALLIANCE_NAME, '2026-06-18'],
  ['南京', '320100', '轨道交通装备', ALLIANCE_NAME, '2026-06-18'],
  ['上海', '310107', '会展服务', ALLIANCE_NAME, '2026-06-18'],
  ['上海', '310107', '餐饮连锁', PUTUO_ALLIANCE_NAME, '2023-04-12'],
  ['上海', '310107', '汽车销售服务', PUTUO_ALLIANCE_NAME, '2023-04-12'],
  ['上海', '310107', '数字文创', PUTUO_ALLIANCE_NAME, '2023-04-12'],
  ['上海', '310107', '跨境电商', PUTUO_ALLIANCE_NAME, '2024-05-09'],
  ['上海', '310107', '智慧物流', PUTUO_ALLIANCE_NAME, '2024-05-09'],
  ['上海', '310107', '检验检测', PUTUO_ALLIANCE_NAME, '2024-05-09'],
  ['上海', '310107', '节能环保', PUTUO_ALLIANCE_NAME, '2025-03-27'],
  ['上海', '310107', '人力资源服务', PUTUO_ALLIANCE_NAME, '2025-03-27'],
];

const enterpriseName = (city: string, industry: string) => `${city}演示${industry}有限公司`;

export const GENERATED_ORGS: DemoOrg[] = ENTERPRISES.map(([city, regionCode, industry], i) => ({
  name: enterpriseName(city, industry),
  uscc: generatedUscc(regionCode, i + 1),
  type: 'enterprise',
  regionCode,
  description: '演示数据：系统生成的企业，并非真实单位。',
  isGenerated: true,
}));

export const GENERATED_MEMBERSHIPS: DemoMembership[] = ENTERPRISES.filter(([, , , bodyName]) => bodyName === PUTUO_ALLIANCE_NAME).map(
  ([city, , industry, bodyName, joinedOn]) => ({
    bodyName,
    orgName: enterpriseName(city, industry),
    memberRole: 'member',
    isFounding: false,
    joinedOn,
    joinReason: '演示数据：区职教联盟合作企业',
  }),
);

/** The enterprises that apply to the 沿沪宁 alliance, by the day of the joint meeting that decides on them. */
export const ALLIANCE_APPLICANTS: { orgName: string; industry: string; decidedOn: string }[] = ENTERPRISES.filter(
  ([, , , bodyName]) => bodyName === ALLIANCE_NAME,
).map(([city, , industry, , decidedOn]) => ({ orgName: enterpriseName(city, industry), industry, decidedOn }));

const SCHOOL_TITLES = ['教务处副处长', '校企合作办公室主任', '办公室副主任', '招生就业处副处长'];
const SURNAMES = ['李', '王', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];

function liaison(serial: number, bodyName: string, orgName: string, title: string, username?: string): DemoLiaison {
  return {
    bodyName,
    orgName,
    name: `${SURNAMES[(serial - 1) % SURNAMES.length]}演示`,
    title,
    phone: `1380000${String(serial).padStart(4, '0')}`,
    email: `liaison${String(serial).padStart(2, '0')}@example.com`,
    ...(username ? { username } : {}),
  };
}

const allianceSchoolsWithLiaison = ALLIANCE_FOUNDERS.slice(1, 5).map((org) => org.name);
/**
 * Liaisons of three of the first enterprises the alliance admits: named once the meeting has admitted them (a
 * liaison is a member's, 章程第十一条).
 */
export const ALLIANCE_ENTERPRISE_LIAISONS: DemoLiaison[] = ALLIANCE_APPLICANTS.slice(0, 3).map(({ orgName }, i) =>
  liaison(i + 6, ALLIANCE_NAME, orgName, '人力资源部经理'),
);

/** Liaisons for 曹杨 and some others; the remaining members have none yet. */
export const GENERATED_LIAISONS: DemoLiaison[] = [
  liaison(1, ALLIANCE_NAME, CAOYANG_SCHOOL, '教务处副处长', 'caoyang_liaison'),
  ...allianceSchoolsWithLiaison.map((orgName, i) => liaison(i + 2, ALLIANCE_NAME, orgName, SCHOOL_TITLES[i % SCHOOL_TITLES.length]!)),
  liaison(9, PUTUO_ALLIANCE_NAME, CAOYANG_SCHOOL, '校企合作办公室主任'),
  liaison(10, PUTUO_ALLIANCE_NAME, '上海信息技术学校', '校企合作办公室主任'),
];
