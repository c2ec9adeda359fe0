import { describe, expect, it } from 'vitest';
import { DEFAULT_CALL_LIMITS } from '../selection-rules.js';
import { applicationFieldKind, applicationListLimit, type FormFieldKind, missingFieldMessage } from './form-field-kinds.js';

describe('the kind of each place of the 推荐书, read from its schema', () => {
  it.each<[string, (string | number)[], FormFieldKind | null]>([
    ['封面 联合体名称', ['cover', 'consortiumName'], 'text'],
    ['封面 依托园区 (a unit’s name)', ['cover', 'park', 'name'], 'text'],
    ['封面 填表日期', ['cover', 'filledOn'], 'date'],
    ['附件3 主要服务产业', ['summary', 'mainIndustries'], 'list'],
    ['附件3 牵头学校教育层次 (中职/高职专科/高职本科)', ['summary', 'leadSchoolLevel'], 'choice'],
    ['附件3 牵头企业是否省市级产教融合型企业', ['summary', 'leadEnterpriseIsIntegrationEnterprise'], 'yesNo'],
    ['1 秘书处 人员总数', ['overview', 'secretariat', 'staffTotal'], 'number'],
    ['1 拟投入运行经费 2027', ['overview', 'funding', 'y2027'], 'number'],
    ['1 产业园区主导产业情况 (不超过200字)', ['overview', 'parkLeadingIndustries'], 'longText'],
    ['2 学校 第3行 学校层次', ['members', 'schools', 2, 'level'], 'choice'],
    ['2 学校 第1行 相关专业 (row number as text)', ['members', 'schools', '0', 'majorCodes'], 'list'],
    ['2 企业 第1行 职工总数', ['members', 'enterprises', 0, 'employees'], 'number'],
    ['3 企业兼职教师 2025 课时数', ['effectiveness', 'enterpriseTeachers', 'y2025', 'hours'], 'number'],
    ['3 人才供需信息平台 2026 (a text per year)', ['effectiveness', 'talentPlatform', 'y2026'], 'longText'],
    ['6 牵头学校主要负责人 签字日期', ['commitment', 'schoolSignatory', 'signedOn'], 'date'],
    ['no such field', ['cover', 'nothing'], null],
    ['no such section', ['annex9', 'x'], null],
    ['a section alone', ['cover'], null],
  ])('%s', (_name, path, kind) => {
    expect(applicationFieldKind(path)).toBe(kind);
  });
});

describe('what an empty place says, by its kind', () => {
  it.each<[string, FormFieldKind, (string | number)[], number | null, string]>([
    ['a name', 'text', ['cover', 'consortiumName'], null, '请填写联合体名称'],
    ['a unit picked or typed', 'text', ['cover', 'leadSchool', 'name'], null, '请填写牵头学校'],
    ['a description (填表说明: 没有请填“无”)', 'longText', ['plan', 'constructionPlan'], null, '请填写建设规划和建设内容，没有请填“无”'],
    ['a figure (没有请填 0)', 'number', ['members', 'schools', 0, 'students'], null, '请填写数字，没有请填 0'],
    ['a date', 'date', ['cover', 'filledOn'], null, '请选择日期'],
    ['a choice', 'choice', ['members', 'schools', 1, 'level'], null, '请选择学校层次'],
    ['yes or no', 'yesNo', ['summary', 'leadEnterpriseIsIntegrationEnterprise'], null, '请选择“是”或“否”'],
    ['a list the call limits to 2', 'list', ['summary', 'mainIndustries'], 2, '请至少填 1 项，最多填 2 项'],
    ['a list without limit', 'list', ['members', 'enterprises'], null, '请至少填 1 项'],
  ])('%s', (_name, kind, path, max, zh) => {
    expect(missingFieldMessage(kind, path, max)['zh-CN']).toBe(zh);
  });

  it('never falls back to one message for every kind', () => {
    const kinds: FormFieldKind[] = ['text', 'longText', 'number', 'date', 'choice', 'yesNo', 'list'];
    const messages = new Set(kinds.map((kind) => missingFieldMessage(kind, ['summary', 'contactName'])['zh-CN']));
    expect(messages.size).toBe(kinds.length);
  });
});

describe('the limits of lists come from the call', () => {
  it('附件3 填表说明 2: 主要服务产业不超过2个 — and a call that allows 3 says 3', () => {
    expect(applicationListLimit(['summary', 'mainIndustries'], DEFAULT_CALL_LIMITS)).toBe(2);
    expect(applicationListLimit(['summary', 'mainIndustries'], { ...DEFAULT_CALL_LIMITS, mainServedIndustries: 3 })).toBe(3);
  });

  it('推荐书 2: 相关专业填写5个以内, in any row', () => {
    expect(applicationListLimit(['members', 'schools', 4, 'majorCodes'], DEFAULT_CALL_LIMITS)).toBe(5);
    expect(applicationListLimit(['members', 'schools', '4', 'majorCodes'], { ...DEFAULT_CALL_LIMITS, relatedMajorsPerSchool: 6 })).toBe(6);
  });

  it('lists without a limit have none', () => {
    expect(applicationListLimit(['members', 'enterprises'], DEFAULT_CALL_LIMITS)).toBeNull();
  });
});
