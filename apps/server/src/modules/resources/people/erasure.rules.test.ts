import { describe, expect, it } from 'vitest';
import { ERASURE_RULES, erasureRulesFor, holdsCredit, isPseudonym, mentionsPerson, pseudonymFor, treatmentOf } from './erasure.rules.js';

// 《中华人民共和国个人信息保护法》第四十七条: "有下列情形之一的，个人信息处理者应当主动删除个人信息；……（三）个人撤回同意 ……
// 法律、行政法规规定的保存期限未届满，或者删除个人信息从技术上难以实现的，个人信息处理者应当停止除存储和采取必要的安全保护措施之外的处理。"
describe('what an erasure deletes and what it holds, per record (第四十七条)', () => {
  it.each([
    ['student', 'student.identity', 'pseudonymise'],
    ['student', 'student.major', 'erase'],
    ['student', 'student.results', 'erase'],
    ['student', 'student.refusalReasons', 'erase'],
    ['student', 'student.credentials', 'erase'],
    ['student', 'student.recognitions', 'hold'],
    ['student', 'audit', 'hold'],
    ['teacher', 'teacher.name', 'pseudonymise'],
    ['teacher', 'teacher.phone', 'erase'],
    ['teacher', 'teacher.notes', 'erase'],
    ['teacher', 'teacher.agreements', 'hold'],
    ['teacher', 'teacher.courses', 'hold'],
    ['teacher', 'audit', 'hold'],
  ] as const)('%s · %s → %s', (kind, key, treatment) => {
    expect(treatmentOf(kind, key)).toBe(treatment);
  });

  it('deletes on the person’s request under 第一款 and holds only under 第二款, each rule saying why', () => {
    for (const rule of ERASURE_RULES) {
      expect(rule.basis).toContain('第四十七条');
      expect(rule.basis).toContain(rule.treatment === 'hold' ? '第二款' : '第一款');
      expect(rule.why['zh-CN'].length).toBeGreaterThan(5);
    }
  });

  it('holds, for a student, only the recognised credits and the audit log', () => {
    expect(
      erasureRulesFor('student')
        .filter((r) => r.treatment === 'hold')
        .map((r) => r.key),
    ).toEqual(['student.recognitions', 'audit']);
  });

  // Issue 10: "Students and teachers are personal data"; a course names its host teacher as an agreement names the sent one.
  it('holds, for a teacher, the agreements and the courses they host, under the pseudonym, and the audit log', () => {
    expect(
      erasureRulesFor('teacher')
        .filter((r) => r.treatment === 'hold')
        .map((r) => r.key),
    ).toEqual(['teacher.agreements', 'teacher.courses', 'audit']);
  });
});

// Issue 10: "deletion with the legal-hold exceptions (recognised credits stay)".
describe('which recognition holds a credit', () => {
  it.each([
    ['recognised', true],
    ['converted', true],
    ['refused', false],
    [null, false],
    [undefined, false],
  ])('%s → %s', (outcome, holds) => {
    expect(holdsCredit(outcome)).toBe(holds);
  });
});

describe('the pseudonym held records carry', () => {
  it.each([
    ['student', '0f3a9c1e-2b4d-4e6f-8a1b-2c3d4e5f6a7b', '已删除学生-0F3A9C1E'],
    ['teacher', 'a1b2c3d4-0000-4000-8000-000000000000', '已删除教师-A1B2C3D4'],
  ] as const)('%s %s → %s, made of nothing of the person', (kind, id, pseudonym) => {
    expect(pseudonymFor(kind, id)).toBe(pseudonym);
    expect(isPseudonym(pseudonym)).toBe(true);
  });
  it('tells a real name from a pseudonym', () => {
    expect(isPseudonym('陈思远')).toBe(false);
  });
});

// 第四十七条 asks to delete; a note written into the unchangeable audit log must not store the person again.
describe('a request note must not name the person', () => {
  it.each([
    ['2026-12-01 本人书面申请', false],
    ['陈思远本人书面申请', true],
    ['学号 2025010101 申请删除', true],
    ['电话 139 1234 5678 来电', true],
    ['核对成绩', false],
  ])('%s → %s', (note, names) => {
    expect(mentionsPerson(note, ['陈思远', '2025010101', '13912345678'])).toBe(names);
  });
  it('ignores a one-character or missing value', () => {
    expect(mentionsPerson('王老师来电', ['王', null, undefined])).toBe(false);
  });
});
