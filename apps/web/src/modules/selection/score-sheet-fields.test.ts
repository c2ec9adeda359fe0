import { describe, expect, it } from 'vitest';
import { scoreFieldKey, scoreSheetFieldName } from './score-sheet-fields';

describe('score sheet field names', () => {
  it.each([
    ['scores.1.1', ['scores', '1_1']],
    ['scores.6.3', ['scores', '6_3']],
    ['deduction', ['deduction']],
    ['deductionReason', ['deductionReason']],
  ])('the server’s %s is the form’s %j', (path, name) => {
    expect(scoreSheetFieldName(path)).toEqual(name);
  });

  it('keys a point code without dots', () => {
    expect(scoreFieldKey('4.2')).toBe('4_2');
  });
});
