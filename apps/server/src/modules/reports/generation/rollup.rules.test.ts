import { emptyReportData, type ReportLevel } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import type { CoverageCounts } from '../cycles/coverage.rules.js';
import type { UnitData } from './report-blocks.rules.js';
import { coverageText, districtTable, enterpriseTable, schoolTable, schoolTableCaption } from './rollup.rules.js';

const unit = (name: string, students: number | null, staff: number | null): UnitData => {
  const data = emptyReportData();
  data.structure = { ...data.structure, studentsTotal: students, staffInPost: staff, majorsSecondary: 3 };
  data.teachers = { ...data.teachers, fullTimeTeachers: staff === null ? null : staff - 10 };
  data.service = { ...data.service, trainingPersonTimes: 1000 };
  return { name, address: null, data };
};
const table = (blocks: ReturnType<typeof districtTable>) => {
  const [only] = blocks;
  if (only?.kind !== 'table') throw new Error('not a table');
  return only;
};
const counts = (level: ReportLevel, participants: number, approved: number, published: number): CoverageCounts => ({
  level,
  participants,
  submitted: approved,
  approved,
  published,
  late: 0,
});

describe('上海年报 coverage per level, computed from the cycle’s reports', () => {
  it.each<[string, CoverageCounts[], string | null]>([
    [
      // 6.4: “上海独立设置并招生的 53 所普通全日制中职学校全部完成质量年度报告编制工作，覆盖率 100%；全市 16 个区级教育行政部门都编制了质量年度报告，覆盖率 100%”;
      // 前言: “…53所中等职业学校以及46家企业，分别发布…”.
      'the 2024 city cycle: 53 中职 schools, 16 districts, 46 enterprises, all approved and published',
      [counts('school_secondary', 53, 53, 53), counts('district', 16, 16, 16), counts('enterprise', 46, 46, 46)],
      '53所中职学校全部完成质量年度报告编制工作，覆盖率100%；16个区全部完成质量年度报告编制工作，覆盖率100%；' +
        '46家企业全部完成质量年度报告编制工作，覆盖率100%。53所中职学校、16个区、46家企业发布年度质量报告。',
    ],
    [
      // 7.x: “上海独立设置的27所全日制高职学校全部完成质量年度报告编制工作，覆盖率100%” — three of them still in review here.
      'three 高职 reports not approved, none published; a level without participants says nothing',
      [counts('school_higher', 27, 24, 0), counts('enterprise', 0, 0, 0)],
      '27所高职学校中24所完成质量年度报告编制工作，覆盖率88.9%。',
    ],
    ['no participants at all', [counts('district', 0, 0, 0)], null],
  ])('%s', (_, levels, expected) => {
    expect(coverageText(levels)).toBe(expected);
  });
});

describe('the city report’s tables per level', () => {
  it.each<[ReportLevel[], string, string]>([
    // 普陀区年报 表1 keeps its caption in a district's cycle of 中职 schools.
    [['school_secondary'], 'school_secondary', '2024年办学情况表'],
    [['school_secondary', 'district', 'enterprise'], 'school_secondary', '2024年办学情况表'],
    // Where the cycle collects both, 中职 and 高职 each have their 办学情况表.
    [['school_secondary', 'school_higher', 'district'], 'school_secondary', '2024年中职学校办学情况表'],
    [['school_secondary', 'school_higher'], 'school_higher', '2024年高职学校办学情况表'],
  ])('levels %j: %s in “%s”', (levels, level, caption) => {
    expect(schoolTableCaption(level as 'school_secondary' | 'school_higher', levels, 2024)).toBe(caption);
  });

  it('高职 schools: the form’s size and staff, with their 合计', () => {
    const t = table(
      schoolTable(
        'school_higher',
        [unit('上海城建职业学院', 9000, 600), unit('上海出版印刷高等专科学校', 5000, null)],
        ['school_secondary', 'school_higher'],
        2024,
      ),
    );
    expect(t.header).toEqual(['学校名称', '办学地址', '在校学生数', '招收新生数', '在编在岗教职工数', '专任教师数', '毕业生数']);
    expect(t.rows[1]).toEqual(['上海出版印刷高等专科学校', '—', '5,000', '—', '—', '—', '—']);
    expect(t.totals).toEqual(['合计', '', '14,000', '—', '600', '590', '—']);
  });

  it('districts: one row each with its own figures and the computed 合计', () => {
    const t = table(districtTable([unit('普陀区教育局', 8116, 1087), unit('金山区教育局', 3000, 400)], 2024));
    expect(t.caption).toBe('2024年各区职业教育基本情况表');
    expect(t.labelColumns).toBe(1);
    expect(t.rows[0]).toEqual(['普陀区教育局', '3', '8,116', '1,087', '1,077', '—', '1,000']);
    expect(t.totals).toEqual(['合计', '6', '11,116', '1,487', '1,467', '—', '2,000']);
    expect(districtTable([], 2024)).toEqual([]);
  });

  it('enterprises: status and publication, figures only where their report is used', () => {
    const t = table(
      enterpriseTable(
        [
          { name: '江南造船（集团）有限责任公司', status: 'approved', published: true, data: unit('', 1, 1).data },
          { name: '上海电气集团股份有限公司', status: 'submitted', published: false, data: null },
        ],
        2024,
      ),
    );
    expect(t.header.slice(0, 3)).toEqual(['企业名称', '年报状态', '发布情况']);
    expect(t.rows).toEqual([
      ['江南造船（集团）有限责任公司', '已审定', '已发布', '—', '—', '1,000'],
      ['上海电气集团股份有限公司', '待审核', '未发布', '—', '—', '—'],
    ]);
    // One enterprise with figures: nothing to add up.
    expect(t.totals).toBeNull();
  });
});
