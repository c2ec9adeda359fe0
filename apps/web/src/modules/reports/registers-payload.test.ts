import { describe, expect, it } from 'vitest';
import { entryPayload, extraCellsOf, extraTextWellFormed } from './registers-payload';

// 普陀区年报 表4: 领衔人 张勤, 专业技术职称 正高级讲师.
describe('the register entry form’s values become the request body', () => {
  it('reads other cells one “列名：内容” a line, either colon', () => {
    expect(extraCellsOf('专业技术职称：正高级讲师\n 星级: 五星 \n')).toEqual({ 专业技术职称: '正高级讲师', 星级: '五星' });
  });
  it('flags a line without a colon', () => {
    expect([extraTextWellFormed('星级：五星'), extraTextWellFormed('五星')]).toEqual([true, false]);
  });
  it('sends people as a list and no extra text field', () => {
    const body = entryPayload({
      kind: 'base',
      level: 'district',
      year: 2022,
      schoolLevel: 'secondary',
      name: '心理健康教育',
      holderSchool: '上海信息技术学校',
      people: ['张勤'],
      extraText: '专业技术职称：正高级讲师',
    });
    expect(body).toEqual({
      kind: 'base',
      level: 'district',
      year: 2022,
      schoolLevel: 'secondary',
      name: '心理健康教育',
      holderSchool: '上海信息技术学校',
      people: ['张勤'],
      extra: { 专业技术职称: '正高级讲师' },
    });
  });
});
