/**
 * 普陀区年报 《普陀区中等职业教育年度质量报告（2023）》 (the report on 2022, see putuo-2022-report.ts), 表4: the alliance's six
 * district teacher bases (名师基地) of the 十四五, each with its 领衔人 and the school it sits in.
 */
import type { DemoRegisterTable } from './register-types.js';

/** The bases run 2021–2024, as the title says; a register dates them by the first year. */
const BASE_PERIOD = '2021-2024年';

/**
 * 表4 rows: [基地（学科）, 领衔人, 专业技术职称, 基地所在学校]. The table prints no 序号. Two subjects have two 领衔人 each and
 * print the 基地 cell once for both: the blank cell is filled from the row above, which gives the six bases the report's
 * text counts (「建立了 6 个名师基地」).
 */
const TABLE_4_BASES: [subject: string, lead: string, title: string, school: string][] = [
  ['心理健康教育', '张勤', '正高级讲师', '上海信息技术学校'],
  ['思政教育', '廖敏', '高级讲师', '上海信息技术学校'],
  ['思政教育', '张坤雄', '高级讲师', '上海市贸易学校'],
  ['中青年骨干班主任研修', '袁晖江', '高级讲师', '上海市经济管理学校'],
  ['中职学生职业生涯教育', '袁紫燕', '高级讲师', '上海市曹杨职业技术学校'],
  ['中职学生职业生涯教育', '朱婉霞', '高级讲师', '上海市经济管理学校'],
];

export const PUTUO_2022_REGISTER_TABLES: DemoRegisterTable[] = [
  {
    table: 4,
    title: '普陀区职业教育联盟“十四五”名师基地（2021-2024年）',
    kind: 'base',
    level: 'district',
    year: 2021,
    schoolLevel: 'secondary',
    columns: ['基地（学科）', '领衔人', '专业技术职称', '基地所在学校'],
    rows: TABLE_4_BASES.map(([name, lead, title, holder]) => ({
      name,
      holder,
      people: [lead],
      extra: { 专业技术职称: title, 建设期: BASE_PERIOD },
    })),
  },
];
