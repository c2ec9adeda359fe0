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

  it('refuses to run production on the embedded database unless told to on purpose, and says why', () => {
    const production = { NODE_ENV: 'production', SECRET_KEY: 's'.repeat(40) };
    expect(() => loadConfig(production)).toThrow(
      /DATABASE_URL: required when NODE_ENV=production .*single connection.*CHANJIAO_ALLOW_PGLITE=true/,
    );
    expect(loadConfig({ ...production, CHANJIAO_ALLOW_PGLITE: 'true' }).database.url).toBeUndefined();
    expect(loadConfig({ ...production, DATABASE_URL: 'postgres://app@db/chanjiao' }).database.url).toBe('postgres://app@db/chanjiao');
  });

  it('takes the owner connection for migrations apart from the application connection', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://chanjiao_app@db/chanjiao',
      DATABASE_MIGRATION_URL: 'postgres://chanjiao_owner@db/chanjiao',
    });
    expect(config.database).toMatchObject({
      url: 'postgres://chanjiao_app@db/chanjiao',
      migrationUrl: 'postgres://chanjiao_owner@db/chanjiao',
    });
    expect(loadConfig({ DATABASE_URL: 'postgres://owner@db/chanjiao' }).database.migrationUrl).toBeUndefined();
    expect(() => loadConfig({ DATABASE_MIGRATION_URL: 'postgres://owner@db/chanjiao' })).toThrow(/DATABASE_MIGRATION_URL/);
  });

  it.each([
    ['0.0.0.0', false],
    ['192.168.1.20', false],
    ['::', false],
    ['127.0.0.1', true],
    ['localhost', true],
    ['::1', true],
  ])('demo mode on HOST=%s: accepted only on a loopback address (%s) unless CHANJIAO_DEMO_PUBLIC=true', (host, loopback) => {
    const demo = { CHANJIAO_DEMO: 'true', HOST: host };
    if (loopback) expect(loadConfig(demo).demo).toBe(true);
    else expect(() => loadConfig(demo)).toThrow(/HOST: demo mode .* loopback .*CHANJIAO_DEMO_PUBLIC=true/);
    expect(loadConfig({ ...demo, CHANJIAO_DEMO_PUBLIC: 'true' }).host).toBe(host);
    expect(loadConfig({ CHANJIAO_DEMO: 'false', HOST: host }).demo).toBe(false);
  });
});
