/**
 * 上海年报 (上海职业教育质量报告 2024年度) 表1–20 and its 案例 as registers: a few rows of each kind while the dataset
 * is being transcribed; the full tables replace these.
 */
import type { DemoCase, DemoRegisterTable } from './register-types.js';

export const SHANGHAI_2024_REGISTER_TABLES: DemoRegisterTable[] = [
  {
    table: 3,
    title: '上海中职学校高水平开放实训中心立项名单',
    kind: 'centre',
    level: 'city',
    year: 2024,
    schoolLevel: 'secondary',
    columns: ['实训中心名称', '学校名称'],
    rows: [
      { name: '船舶智能制造开放实训中心', holder: '江南造船集团职业技术学校' },
      { name: '现代餐饮烹饪开放实训中心', holder: '上海曹杨职业技术学校' },
      { name: '信息技术开放实训中心', holder: '上海信息技术学校' },
    ],
  },
  {
    table: 19,
    title: '上海市市域产教联合体立项建设名单',
    kind: 'project',
    level: 'city',
    year: 2024,
    schoolLevel: 'higher',
    columns: ['联合体名称', '申报园区', '牵头学校', '牵头企业'],
    rows: [
      {
        name: '上海闵行经济技术开发区产教联合体',
        holder: '上海电子信息职业技术学院',
        extra: { 申报园区: '上海闵行经济技术开发区', 牵头企业: '上海三菱电梯有限公司' },
      },
      {
        name: '上海松江经济技术开发区产教联合体',
        holder: '上海工程技术大学',
        extra: { 申报园区: '上海松江经济技术开发区', 牵头企业: '正泰电气股份有限公司' },
      },
    ],
  },
];

export const SHANGHAI_2024_CASES: DemoCase[] = [
  {
    number: 1,
    title: '服务城市发展，打造优质中职学校',
    chapter: '中等职业教育篇 1 人才培养',
    schools: ['上海信息技术学校'],
    summary: '2024 年上海市教委完成市级优质中职培育学校验收，确定 18 所培育学校为上海市优质中职学校。',
  },
];
