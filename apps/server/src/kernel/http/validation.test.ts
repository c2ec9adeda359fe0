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
  ])('%s', (_case, shape, input, zh, en) => {
    const [problem] = problems(z.object(shape), input);
    expect(problem?.message).toEqual({ 'zh-CN': zh, 'en-US': en });
  });
});
