import { emptyReportData } from '@chanjiao/contracts/reports/index';
import { describe, expect, it } from 'vitest';
import { fieldCommentList, numberFields, problemsByField } from './report-fields';

describe('the report form’s layout helpers', () => {
  it('lays out a section’s number fields and leaves lists apart', () => {
    expect(numberFields(emptyReportData(), 'facilities')).toEqual(['equipmentValue', 'equipmentValueIncrease', 'workstations']);
  });

  it('groups problems by field path', () => {
    const message = { 'zh-CN': '不能多于', 'en-US': 'cannot exceed' };
    expect(problemsByField([{ path: ['teachers', 'dualQualifiedTeachers'], message }]).get('teachers.dualQualifiedTeachers')).toEqual([
      message,
    ]);
  });

  it('sends only the comments that say something', () => {
    expect(fieldCommentList({ 'teachers.partTimeTeachers': ' 请核对 ', 'outcomes.graduates': '  ' })).toEqual([
      { path: 'teachers.partTimeTeachers', comment: '请核对' },
    ]);
  });
});
