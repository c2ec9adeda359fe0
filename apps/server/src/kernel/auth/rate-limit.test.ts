import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../testing/test-app.js';

describe('sign-in rate limit per address', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ loginRateLimitPerMinute: 3 });
  });
  afterAll(async () => ctx.close());

  it('answers 429 RATE_LIMITED once an address exceeds the limit', async () => {
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 4; i++) {
      last = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: `x${i}`, password: 'y' } });
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(last!.json().error.code).toBe('RATE_LIMITED');
  });
});
