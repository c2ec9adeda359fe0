import { describe, expect, it } from 'vitest';
import { displayValue, readDetails } from './audit-details';

describe('audit entry details', () => {
  it('lists the fields an update changed with their values before and after', () => {
    const details = { changes: { name: ['曹杨职校', '上海市曹杨职业技术学校'], website: [null, 'https://www.cyzx.sh.cn'] } };
    expect(readDetails(details)).toEqual({
      changes: [
        { field: 'name', before: '曹杨职校', after: '上海市曹杨职业技术学校' },
        { field: 'website', before: null, after: 'https://www.cyzx.sh.cn' },
      ],
      other: [],
    });
  });

  it('shows a replaced permission set as one before/after row and keeps the rest of the details', () => {
    const details = { before: ['audit.read'], after: ['audit.read', 'audit.verify'], added: ['audit.verify'], removed: [] };
    expect(readDetails(details)).toEqual({
      changes: [{ field: null, before: ['audit.read'], after: ['audit.read', 'audit.verify'] }],
      other: [
        ['added', ['audit.verify']],
        ['removed', []],
      ],
    });
  });

  it('compares before and after records field by field, listing only what differs', () => {
    const details = { before: { status: 'draft', title: '2026 年工作计划' }, after: { status: 'adopted', title: '2026 年工作计划' } };
    expect(readDetails(details).changes).toEqual([{ field: 'status', before: 'draft', after: 'adopted' }]);
  });

  it('keeps details that record no change as they are, including a "changes" it cannot read as pairs', () => {
    expect(readDetails({ username: 'wang.fang', reason: '已调离本单位', changes: 3 })).toEqual({
      changes: [],
      other: [
        ['changes', 3],
        ['username', 'wang.fang'],
        ['reason', '已调离本单位'],
      ],
    });
  });
});

describe('audit values as text', () => {
  it('shows empty values as a dash and lists joined', () => {
    expect(displayValue(null)).toBe('—');
    expect(displayValue([])).toBe('—');
    expect(displayValue(['audit.read', 'audit.verify'])).toBe('audit.read、audit.verify');
    expect(displayValue(false)).toBe('false');
    expect(displayValue({ orgId: 'a1' })).toBe('{"orgId":"a1"}');
  });
});
