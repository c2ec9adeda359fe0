/** The education authorities the documents name: they run selections and collect quality reports. */
import type { DemoOrg } from './types.js';

export const SHANGHAI_EDUCATION_COMMISSION = '上海市教育委员会';
export const PUTUO_EDUCATION_BUREAU = '普陀区教育局';
export const LIANYUNGANG_EDUCATION_BUREAU = '连云港市教育局';

export const AUTHORITY_ORGS: DemoOrg[] = [
  {
    // 上海年报: guides the city report and publishes it on its website.
    name: SHANGHAI_EDUCATION_COMMISSION,
    shortName: '上海市教委',
    type: 'education_authority',
    regionCode: '310000',
  },
  {
    // 普陀区年报: supervises 上海市曹杨职业技术学校 and leads the district alliance.
    name: PUTUO_EDUCATION_BUREAU,
    shortName: '普陀区教育局',
    type: 'education_authority',
    regionCode: '310107',
  },
  {
    // 连教职函〔2026〕6号: issues the 2026 call for city consortia (连教职函〔2026〕6号).
    name: LIANYUNGANG_EDUCATION_BUREAU,
    shortName: '连云港市教育局',
    type: 'education_authority',
    regionCode: '320700',
  },
];
