import { describe, expect, it } from 'vitest';
import './zod-without-eval';
import { z } from 'zod';

describe('zod in the browser, under a policy without eval', () => {
  it('compiles no schema with new Function', () => {
    expect(z.config().jitless).toBe(true);
    expect(z.object({ name: z.string() }).parse({ name: '沿沪宁联盟' })).toEqual({ name: '沿沪宁联盟' });
  });
});
