import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { describeIssues } from './validation.js';

function problems(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) throw new Error('expected the input to be refused');
  return describeIssues(result.error.issues);
}

describe('validation messages name the field and say what to do', () => {
  it.each([
    ['a missing field', { name: z.string() }, {}, '『名称』必填，请填写', '“Name”: Required; please fill it in'],
    [
      'a malformed e-mail',
      { email: z.email() },
      { email: 'zhang@' },
      '『电子邮箱』不是有效的电子邮箱地址，请按 name@example.com 的格式填写',
      '“E-mail”: is not a valid e-mail address; write it like name@example.com',
    ],
    [
      'a headcount below one',
      { headcount: z.number().int().min(1) },
      { headcount: 0 },
      '『需求人数』不能小于 1',
      '“Headcount”: must be at least 1',
    ],
    ['a share above 100', { share: z.number().max(100) }, { share: 101 }, '『share』不能大于 100', '“share”: must be at most 100'],
    [
      'an amount that must be positive',
      { amount: z.number().positive() },
      { amount: 0 },
      '『金额（元）』须大于 0',
      '“Amount (yuan)”: must be greater than 0',
    ],
    ['a text too short', { code: z.string().min(6) }, { code: '46' }, '『验证码』至少 6 个字', '“Code”: at least 6 characters'],
    ['a text too long', { code: z.string().max(2) }, { code: '460' }, '『验证码』最多 2 个字', '“Code”: at most 2 characters'],
    ['too many items', { tags: z.array(z.string()).max(2) }, { tags: ['a', 'b', 'c'] }, '『tags』最多 2 项', '“tags”: at most 2 items'],
    ['too few items', { tags: z.array(z.string()).min(2) }, { tags: ['a'] }, '『tags』至少 2 项', '“tags”: at least 2 items'],
  ])('%s', (_case, shape, input, zh, en) => {
    const [problem] = problems(z.object(shape), input);
    expect(problem?.message).toEqual({ 'zh-CN': zh, 'en-US': en });
  });
});
