import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration is validated at start with a readable list of problems', () => {
  it('lists every wrong value at once', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SESSION_IDLE_MINUTES: '-5' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toContain('PORT');
      expect(problems).toContain('DATABASE_URL');
      expect(problems).toContain('SESSION_IDLE_MINUTES');
    }
  });

  it('refuses demo accounts and a missing SECRET_KEY in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', CHANJIAO_DEMO: 'true' })).toThrow(/CHANJIAO_DEMO[\s\S]*SECRET_KEY/);
  });

  it('defaults to PGlite in ./data with demo data outside production', () => {
    const config = loadConfig({});
    expect(config.database.url).toBeUndefined();
    expect(config.database.dataDir.endsWith('/data')).toBe(true);
    expect(config.demo).toBe(true);
    expect(config.session).toEqual({ idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 });
  });
});
