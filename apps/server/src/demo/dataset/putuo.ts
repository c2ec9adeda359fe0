/**
 * 普陀区年报 (普陀区中等职业教育年度质量报告 2023): the district's six secondary vocational schools from
 * 表1 (办学情况表, 2022) and the district alliance (区职教联盟) that 普陀区教育局 leads.
 */
import { CAOYANG_SCHOOL } from './alliance.js';
import { PUTUO_EDUCATION_BUREAU } from './authorities.js';
import type { DemoBody, DemoMembership, DemoOrg } from './types.js';

export const PUTUO_ALLIANCE_NAME = '普陀区职业教育联盟';
const PUTUO = '310107';
const REPORT = '《普陀区中等职业教育年度质量报告（2023）》';

/** [name, short name the report uses, address in 表1, 上级主管单位, campus or history note] */
const TABLE_1: [string, string, string, string, string | null][] = [
  [CAOYANG_SCHOOL, '曹杨职校', '清涧路240号', PUTUO_EDUCATION_BUREAU, '区属中职学校'],
  ['上海信息技术学校', '信息技术学校', '真南路1008号', '上海华谊集团', null],
  ['上海市经济管理学校', '经济管理学校', '澳门路726号', '上海第二工业大学', null],
  ['上海市贸易学校', '贸易学校', '云岭西路689弄170号', '上海良友集团', '区内校区：云岭西路校区'],
  ['上海商业会计学校', '商业会计学校', '交通路1933号', '上海市经济和信息化委员会', '区内校区：市北校区（交通路）'],
  ['上海电气职业技术学校', '电气职校', '延长西路529弄25号', '上海电气集团', '原上海春晖职业技术学校'],
];

export const PUTUO_SCHOOL_NAMES = TABLE_1.map(([name]) => name);

/** 曹杨 is also an alliance founder; the dataset merges both descriptions of it by name. */
export const PUTUO_SCHOOLS: DemoOrg[] = TABLE_1.map(([name, shortName, address, supervisor, note]) => ({
  name,
  shortName,
  type: 'secondary_vocational',
  level: 'secondary',
  regionCode: PUTUO,
  address,
  description: [`上级主管单位：${supervisor}`, note].filter(Boolean).join('；'),
}));

export const PUTUO_ALLIANCE_BODY: DemoBody = {
  name: PUTUO_ALLIANCE_NAME,
  shortName: '普陀区职教联盟',
  kind: 'district_alliance',
  regionCode: PUTUO,
  secretariatOrgName: PUTUO_EDUCATION_BUREAU,
  // The report gives only the year (2013), and the column needs a full date.
  foundedOn: null,
  description:
    '成立于2013年。牵头单位：普陀区教育局（局长任理事会理事长，分管局领导任常务副理事长）。' +
    '至2022年有区内职业院校、合作企业、科研机构等成员单位62家。',
  sourceNote: `${REPORT} 3.2.3 职教集团建设情况。`,
};

export const PUTUO_MEMBERSHIPS: DemoMembership[] = PUTUO_SCHOOL_NAMES.map((orgName) => ({
  bodyName: PUTUO_ALLIANCE_NAME,
  orgName,
  memberRole: 'member',
  isFounding: false,
  // 截至2022年底: the report shows membership at the end of 2022 and does not say when each school joined.
  joinedOn: '2022-12-31',
  joinReason: `${REPORT}所载区内中职学校，截至2022年底为区职教联盟成员（文件未载明加入日期）`,
}));
