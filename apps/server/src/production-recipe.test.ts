/**
 * The production recipe under deploy/ (docs/operations.md): a systemd unit that systemd itself accepts, which
 * restarts the server when it fails and confines it, and an environment file whose every variable the server
 * knows and which, once its secret is filled in, passes the production configuration checks.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, loadConfig } from './kernel/config.js';

const DEPLOY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../deploy');
const UNIT = path.join(DEPLOY, 'chanjiao.service');
const SYSTEMD_ANALYZE = '/usr/bin/systemd-analyze';

function unitSettings(text: string): Map<string, string[]> {
  const settings = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const match = /^([A-Za-z]+)=(.*)$/.exec(line.trim());
    if (match) settings.set(match[1]!, [...(settings.get(match[1]!) ?? []), match[2]!]);
  }
  return settings;
}

function envFile(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

describe('the systemd unit', () => {
  const settings = unitSettings(fs.readFileSync(UNIT, 'utf8'));

  it('restarts the server after a failure but not after a configuration error, and runs it confined', () => {
    expect(settings.get('Restart')).toEqual(['on-failure']);
    expect(settings.get('RestartPreventExitStatus')).toEqual(['2 3']);
    expect(settings.get('EnvironmentFile')).toEqual(['/etc/chanjiao/chanjiao.env']);
    expect(settings.get('Environment')?.join(' ')).toContain('NODE_ENV=production');
    for (const [key, value] of [
      ['NoNewPrivileges', 'yes'],
      ['ProtectSystem', 'strict'],
      ['ProtectHome', 'yes'],
      ['PrivateTmp', 'yes'],
      ['CapabilityBoundingSet', ''],
      ['User', 'chanjiao'],
    ] as const) {
      expect(settings.get(key), key).toEqual([value]);
    }
  });

  // systemd-analyze comes with Debian's systemd package; on a machine without it this one check does not run.
  it.runIf(fs.existsSync(SYSTEMD_ANALYZE))('passes systemd-analyze verify without a warning', async () => {
    // verify reads the unit from a directory of its own, named as it will be installed.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cj-unit-'));
    try {
      fs.copyFileSync(UNIT, path.join(dir, 'chanjiao.service'));
      const { stdout, stderr } = await promisify(execFile)(SYSTEMD_ANALYZE, ['verify', path.join(dir, 'chanjiao.service')]);
      expect(stdout + stderr).toBe('');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the environment file example', () => {
  const example = envFile(fs.readFileSync(path.join(DEPLOY, 'chanjiao.env.example'), 'utf8'));

  it('sets only variables the server reads', () => {
    expect(Object.keys(example).filter((name) => !CONFIG_VARIABLES.includes(name))).toEqual([]);
  });

  it('is a valid production configuration once SECRET_KEY is filled in, with migrations run as the owner', () => {
    expect(() => loadConfig({ ...example, NODE_ENV: 'production' })).toThrow(/SECRET_KEY/);
    const config = loadConfig({ ...example, NODE_ENV: 'production', SECRET_KEY: 'a'.repeat(64) });
    expect(config.demo).toBe(false);
    const application = new URL(config.database.url!);
    const migration = new URL(config.database.migrationUrl!);
    expect(application.pathname).toBe(migration.pathname);
    expect(application.username).not.toBe(migration.username);
  });
});
