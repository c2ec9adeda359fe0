/** 普陀区年报 (2022年度) 表4, the district alliance's 名师基地, as a register: a few rows while the dataset is transcribed. */
import type { DemoRegisterTable } from './register-types.js';

export const PUTUO_2022_REGISTER_TABLES: DemoRegisterTable[] = [
  {
    table: 4,
    title: '普陀区职业教育联盟“十四五”名师基地（2021-2024年）',
    kind: 'base',
    level: 'district',
    year: 2022,
    schoolLevel: 'secondary',
    columns: ['基地（学科）', '领衔人', '专业技术职称', '基地所在学校'],
    rows: [
      { name: '心理健康教育', holder: '上海信息技术学校', people: ['张勤'], extra: { 专业技术职称: '正高级讲师' } },
      { name: '思政教育', holder: '上海信息技术学校', people: ['廖敏'], extra: { 专业技术职称: '高级讲师' } },
    ],
  },
];
