/**
 * 简报第1期: the 沿沪宁产业创新带职业院校联盟, founded 2025-12-12 by nine schools (简报第1期, 章程序言),
 * with 上海市曹杨职业技术学校 elected first rotating chair for 2026.
 */
import type { DemoBody, DemoMembership, DemoOrg } from './types.js';

export const ALLIANCE_NAME = '沿沪宁产业创新带职业院校联盟';
export const CAOYANG_SCHOOL = '上海市曹杨职业技术学校';
const FOUNDED_ON = '2025-12-12';

const secondary = (name: string, regionCode: string): DemoOrg => ({
  name,
  type: 'secondary_vocational',
  level: 'secondary',
  regionCode,
});

/** The founders in the order the charter lists them; the region is the city or district the bulletin names. */
export const ALLIANCE_FOUNDERS: DemoOrg[] = [
  { ...secondary(CAOYANG_SCHOOL, '310107'), shortName: '曹杨职校' },
  secondary('南京浦口中等专业学校', '320111'),
  secondary('江苏省扬州旅游商贸学校', '321000'),
  // The name says 高等职业技术学校: it runs five-year higher vocational programmes.
  { name: '镇江高等职业技术学校', type: 'higher_vocational', level: 'higher_associate', regionCode: '321100' },
  secondary('江苏省靖江中等专业学校', '321282'),
  secondary('常州市高级职业技术学校', '320400'),
  secondary('江苏省锡山中等专业学校', '320205'),
  secondary('江苏省南通中等专业学校', '320600'),
  secondary('江苏省相城中等专业学校', '320507'),
];

export const ALLIANCE_BODY: DemoBody = {
  name: ALLIANCE_NAME,
  shortName: null,
  kind: 'alliance',
  // Cross-regional: eight Jiangsu cities and Shanghai's 普陀区, so no single region.
  regionCode: null,
  secretariatOrgName: CAOYANG_SCHOOL,
  foundedOn: FOUNDED_ON,
  description:
    '沿沪宁八市（南京、扬州、镇江、泰州、常州、无锡、南通、苏州）及上海市普陀区的职业院校共同发起的跨区域协作组织（非政府、非法人、非营利）。' +
    '最高决策机构为校长联席会议，下设秘书处和专家咨询委员会。2026年度（首届）轮值主席单位：上海市曹杨职业技术学校。',
  sourceNote:
    '联盟简报第1期（2025年12月14日印发）；附件1 联盟章程（序言、第一条、第二条、第五条）。' +
    '成立大会暨一届一次会议于2025年12月12日举行，推选上海市曹杨职业技术学校为首届轮值主席单位。',
};

/** 章程第十九条: the founding units are members by right from the founding day. */
export const ALLIANCE_MEMBERSHIPS: DemoMembership[] = ALLIANCE_FOUNDERS.map((org) => ({
  bodyName: ALLIANCE_NAME,
  orgName: org.name,
  memberRole: 'founding',
  isFounding: true,
  joinedOn: FOUNDED_ON,
  joinReason: '联盟共同发起单位（章程第十九条：共同发起单位为当然会员）',
}));
