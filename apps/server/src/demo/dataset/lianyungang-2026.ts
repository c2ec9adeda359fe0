/**
 * Made-up parks, schools and enterprises of 连云港 that apply to the demo call (连教职函〔2026〕6号 names none). Every record
 * is marked generated and carries 演示 in its name; enterprise credit codes come from the generated range.
 */
import { generatedUscc } from './generated.js';
import type { DemoOrg } from './types.js';

export const LYG_DEMO_PETROCHEMICAL_PARK = '连云港演示石化产业园区管理委员会';
export const LYG_DEMO_PORT_PARK = '连云港演示港口物流园区管理委员会';
export const LYG_DEMO_COLLEGE = '连云港演示职业技术学院';
export const LYG_DEMO_SECONDARY_SCHOOL = '连云港演示中等专业学校';
export const LYG_DEMO_PETROCHEMICAL_COMPANY = '连云港演示石化有限公司';
export const LYG_DEMO_LOGISTICS_COMPANY = '连云港演示港口物流有限公司';

const NOTE = '演示数据：系统生成的单位，并非真实单位。';

export const LYG_DEMO_ORGS: DemoOrg[] = [
  { name: LYG_DEMO_PETROCHEMICAL_PARK, type: 'park', regionCode: '320703', description: NOTE, isGenerated: true },
  { name: LYG_DEMO_PORT_PARK, type: 'park', regionCode: '320703', description: NOTE, isGenerated: true },
  {
    name: LYG_DEMO_COLLEGE,
    type: 'higher_vocational',
    level: 'higher_associate',
    regionCode: '320706',
    description: NOTE,
    isGenerated: true,
  },
  {
    name: LYG_DEMO_SECONDARY_SCHOOL,
    type: 'secondary_vocational',
    level: 'secondary',
    regionCode: '320707',
    description: NOTE,
    isGenerated: true,
  },
  {
    name: LYG_DEMO_PETROCHEMICAL_COMPANY,
    uscc: generatedUscc('320703', 901),
    type: 'enterprise',
    regionCode: '320703',
    description: NOTE,
    isGenerated: true,
  },
  {
    name: LYG_DEMO_LOGISTICS_COMPANY,
    uscc: generatedUscc('320703', 902),
    type: 'enterprise',
    regionCode: '320703',
    description: NOTE,
    isGenerated: true,
  },
];
