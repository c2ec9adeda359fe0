/** The education authorities the documents name: they run selections and collect quality reports. */
import type { DemoOrg } from './types.js';

export const SHANGHAI_EDUCATION_COMMISSION = '上海市教育委员会';
export const PUTUO_EDUCATION_BUREAU = '普陀区教育局';
export const LIANYUNGANG_EDUCATION_BUREAU = '连云港市教育局';

export const AUTHORITY_ORGS: DemoOrg[] = [
  {
    // Seed 004: guides the city report and publishes it on its website.
    name: SHANGHAI_EDUCATION_COMMISSION,
    shortName: '上海市教委',
    type: 'education_authority',
    regionCode: '310000',
  },
  {
    // Seed 003: supervises 上海市曹杨职业技术学校 and leads the district alliance.
    name: PUTUO_EDUCATION_BUREAU,
    shortName: '普陀区教育局',
    type: 'education_authority',
    regionCode: '310107',
  },
  {
    // Seed 001: issues the 2026 call for city consortia (连教职函〔2026〕6号).
    name: LIANYUNGANG_EDUCATION_BUREAU,
    shortName: '连云港市教育局',
    type: 'education_authority',
    regionCode: '320700',
  },
];
