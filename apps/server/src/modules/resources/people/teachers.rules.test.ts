import { describe, expect, it } from 'vitest';
import { groupTeachers, type RecordNamingTeacher } from './teachers.rules.js';

const CAOYANG = 'org-caoyang';
const ZHENJIANG = 'org-zhenjiang';

function naming(
  id: string,
  orgId: string,
  name: string,
  day: number,
  phone: string | null = null,
): { record: string; naming: RecordNamingTeacher } {
  return { record: id, naming: { id, orgId, name, phone, createdAt: new Date(Date.UTC(2026, 2, day)) } };
}

// Issue 10: "Students and teachers are personal data" — a course names its host teacher as an agreement names the
// teacher it sends, and an erasure must find every record of the one person.
describe('one teacher across exchange agreements and hosted courses', () => {
  it('joins an agreement and a course of the same unit and name, named by the earliest record', () => {
    const teachers = groupTeachers(
      [naming('agreement-2', CAOYANG, '周立新', 20, '13912345678')],
      [naming('course-1', CAOYANG, '周立新', 5), naming('course-3', CAOYANG, '周立新', 25)],
    );
    expect(teachers).toEqual([
      {
        id: 'course-1',
        orgId: CAOYANG,
        name: '周立新',
        phone: '13912345678',
        agreements: ['agreement-2'],
        courses: ['course-1', 'course-3'],
      },
    ]);
  });

  it('keeps the same name at two units apart (two people), oldest first', () => {
    const teachers = groupTeachers([naming('agreement-1', ZHENJIANG, '李华', 9)], [naming('course-1', CAOYANG, '李华', 3)]);
    expect(teachers.map((t) => [t.id, t.orgId, t.agreements.length, t.courses.length])).toEqual([
      ['course-1', CAOYANG, 0, 1],
      ['agreement-1', ZHENJIANG, 1, 0],
    ]);
  });

  it('keeps the id when a later record names the teacher', () => {
    const before = groupTeachers([naming('agreement-1', CAOYANG, '陈婉清', 1)], []);
    const after = groupTeachers([naming('agreement-1', CAOYANG, '陈婉清', 1)], [naming('course-9', CAOYANG, '陈婉清', 30)]);
    expect(after[0]!.id).toBe(before[0]!.id);
  });

  it('takes the first phone any agreement gives', () => {
    const [teacher] = groupTeachers([naming('a1', CAOYANG, '王敏', 1), naming('a2', CAOYANG, '王敏', 2, '13800001111')], []);
    expect(teacher!.phone).toBe('13800001111');
  });
});
