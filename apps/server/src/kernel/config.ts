/**
 * One validated configuration, read once at start. A wrong value stops the process with a readable list
 * of every problem, so an operator fixes them in one go instead of one restart per mistake.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((value) => value === 'true' || value === '1' || value === 'yes');

const positiveInt = z.coerce.number().int().positive();

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_MIGRATION_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  CHANJIAO_ALLOW_PGLITE: bool.default(false),
  DATABASE_POOL_SIZE: positiveInt.default(10),
  DATA_DIR: z.string().min(1).default('./data'),
  CHANJIAO_DEMO: bool.optional(),
  CHANJIAO_DEMO_PUBLIC: bool.default(false),
  SECRET_KEY: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -hex 32`)').optional(),
  SESSION_IDLE_MINUTES: positiveInt.default(30),
  SESSION_ABSOLUTE_HOURS: positiveInt.default(12),
  LOGIN_MAX_FAILURES: positiveInt.default(5),
  LOGIN_FAILURE_WINDOW_MINUTES: positiveInt.default(15),
  LOGIN_LOCK_MINUTES: positiveInt.default(15),
  LOGIN_RATE_LIMIT_PER_MINUTE: positiveInt.default(30),
  PASSWORD_MIN_LENGTH: z.coerce.number().int().min(8).max(128).default(10),
  PASSWORD_ADMIN_MIN_LENGTH: z.coerce.number().int().min(12, 'must be at least 12 (administrators)').max(128).default(12),
  PASSWORD_MIN_STRENGTH: z.coerce.number().int().min(2).max(4).default(3),
  COOKIE_SECURE: bool.optional(),
  TRUST_PROXY: bool.default(false),
  UPLOAD_MAX_MB: positiveInt.default(10),
  JSON_BODY_MAX_KB: positiveInt.default(1024),
  IMPORT_MAX_ROWS: positiveInt.default(20000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST_DIR: z.string().optional(),
  DOCUMENTS_WARM_UP: bool.optional(),
  // Notifications and background jobs
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  SMTP_FROM: z.string().min(3).optional(),
  SMTP_REPLY_TO: z.string().min(3).optional(),
  JOBS_RUNNER: bool.optional(),
  JOBS_POLL_SECONDS: positiveInt.default(2),
  // The audit log
  AUDIT_CHECKPOINT_DIR: z.string().min(1).optional(),
  AUDIT_DENIALS_PER_MINUTE: positiveInt.default(60),
  AUDIT_RETENTION_MONTHS: z.coerce
    .number()
    .int()
    .min(6, 'must be at least 6 (audit records are kept at least six months)')
    .max(1200)
    .default(6),
});

/** Every environment variable the server reads (documented in .env.example). */
export const CONFIG_VARIABLES = Object.keys(EnvSchema.shape);

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl?: string;
  /** `url` is the application's connection; `migrationUrl` (the schema owner's) is used only to migrate. */
  database: { url?: string; migrationUrl?: string; poolSize: number; dataDir: string };
  demo: boolean;
  secretKey?: string;
  session: { idleMs: number; absoluteMs: number };
  lockout: { maxFailures: number; windowMs: number; lockMs: number };
  loginRateLimitPerMinute: number;
  /** Minimum password length for every account, and the higher one for the three administrator duties. */
  passwordMinLength: { others: number; administrators: number };
  /** zxcvbn score (0–4) a new password must reach. */
  passwordMinStrength: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  uploadMaxBytes: number;
  /** Largest JSON (or other non-upload) request body; upload routes allow `uploadMaxBytes`. */
  jsonBodyMaxBytes: number;
  importMaxRows: number;
  logLevel: string;
  webDistDir?: string;
  /** Load the PDF/DOCX renderers and fonts right after listening, so the first download is not slow. */
  documentsWarmUp: boolean;
  /** Outgoing e-mail; absent: messages stay in the inbox. */
  smtp?: { url: string; from: string; replyTo?: string };
  /** Whether this process runs background jobs (several instances may all run them), and how often it looks. */
  jobs: { runner: boolean; pollMs: number };
  /** Where the signed checkpoints of the audit chain are written: a directory outside the database. */
  audit: {
    checkpointDir: string;
    /** Refused requests a user may make per minute before the next ones are answered 429 without checking. */
    deniedPerMinute: number;
    /** Entries younger than this stay in the database; `audit archive` moves older ones to the checkpoint directory. */
    retentionMonths: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is invalid / 配置有误:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (issue) => `${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(present[String(issue.path[0])])})`,
      ),
    );
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const problems: string[] = [];
  const demo = e.CHANJIAO_DEMO ?? !production;
  if (production && demo) problems.push('CHANJIAO_DEMO: demo accounts are not allowed when NODE_ENV=production');
  if (production && !e.SECRET_KEY) problems.push('SECRET_KEY: required when NODE_ENV=production');
  problems.push(...mailProblems(e, production));
  if (production && !e.DATABASE_URL && !e.CHANJIAO_ALLOW_PGLITE) {
    problems.push(
      'DATABASE_URL: required when NODE_ENV=production — the embedded PGlite database runs inside this one process with a ' +
        'single connection and cannot serve more than one instance; set DATABASE_URL to a PostgreSQL database, or ' +
        'CHANJIAO_ALLOW_PGLITE=true to run on PGlite anyway / 生产环境须设置 DATABASE_URL（PostgreSQL）；确需使用内嵌 PGlite 时设置 CHANJIAO_ALLOW_PGLITE=true',
    );
  }
  if (e.DATABASE_MIGRATION_URL && !e.DATABASE_URL) {
    problems.push('DATABASE_MIGRATION_URL: only used together with DATABASE_URL (the application connection)');
  }
  if (demo && !isLoopback(e.HOST) && !e.CHANJIAO_DEMO_PUBLIC) {
    problems.push(
      `HOST: demo mode (published passwords, administrators without a second factor) listens only on a loopback address, not ${e.HOST}; ` +
        'use HOST=127.0.0.1, turn demo mode off (CHANJIAO_DEMO=false), or set CHANJIAO_DEMO_PUBLIC=true to publish the demo on purpose / ' +
        '演示模式（公开密码、管理员无需第二因素）只允许监听本机回环地址；如确需对外开放演示，请设置 CHANJIAO_DEMO_PUBLIC=true',
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl: e.PUBLIC_URL,
    database: {
      url: e.DATABASE_URL,
      migrationUrl: e.DATABASE_MIGRATION_URL,
      poolSize: e.DATABASE_POOL_SIZE,
      dataDir: path.resolve(e.DATA_DIR),
    },
    demo,
    secretKey: e.SECRET_KEY,
    session: { idleMs: e.SESSION_IDLE_MINUTES * 60_000, absoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000 },
    lockout: {
      maxFailures: e.LOGIN_MAX_FAILURES,
      windowMs: e.LOGIN_FAILURE_WINDOW_MINUTES * 60_000,
      lockMs: e.LOGIN_LOCK_MINUTES * 60_000,
    },
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    passwordMinLength: {
      others: e.PASSWORD_MIN_LENGTH,
      administrators: Math.max(e.PASSWORD_ADMIN_MIN_LENGTH, e.PASSWORD_MIN_LENGTH),
    },
    passwordMinStrength: e.PASSWORD_MIN_STRENGTH,
    cookieSecure: e.COOKIE_SECURE ?? e.PUBLIC_URL?.startsWith('https://') ?? false,
    trustProxy: e.TRUST_PROXY,
    uploadMaxBytes: e.UPLOAD_MAX_MB * 1024 * 1024,
    jsonBodyMaxBytes: e.JSON_BODY_MAX_KB * 1024,
    importMaxRows: e.IMPORT_MAX_ROWS,
    logLevel: e.LOG_LEVEL,
    webDistDir: e.WEB_DIST_DIR,
    // Tests never listen and render documents only where they test them; a running server warms up by default.
    documentsWarmUp: e.DOCUMENTS_WARM_UP ?? e.NODE_ENV !== 'test',
    smtp: e.SMTP_URL && e.SMTP_FROM ? { url: e.SMTP_URL, from: e.SMTP_FROM, replyTo: e.SMTP_REPLY_TO } : undefined,
    // Tests run jobs themselves (runDueJobs with their own clock).
    jobs: { runner: e.JOBS_RUNNER ?? e.NODE_ENV !== 'test', pollMs: e.JOBS_POLL_SECONDS * 1000 },
    audit: {
      checkpointDir: path.resolve(e.AUDIT_CHECKPOINT_DIR ?? path.join(e.DATA_DIR, 'audit-checkpoints')),
      deniedPerMinute: e.AUDIT_DENIALS_PER_MINUTE,
      retentionMonths: e.AUDIT_RETENTION_MONTHS,
    },
  };
}

/** E-mails need a sender, and links back to the platform need its public address in production. */
function mailProblems(e: z.infer<typeof EnvSchema>, production: boolean): string[] {
  if (!e.SMTP_URL) return [];
  const problems: string[] = [];
  if (!e.SMTP_FROM) problems.push('SMTP_FROM: required when SMTP_URL is set (e.g. "产教协同平台 <noreply@example.org>")');
  if (production && !e.PUBLIC_URL) problems.push('PUBLIC_URL: required with SMTP_URL in production, for the links in e-mails');
  return problems;
}

/** Whether `host` only accepts connections from this machine. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare);
}

/** A configuration for tests: defaults plus overrides, never reading the process environment. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  // Suites sign in many times from one address; the rate limit has its own test.
  const base = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    CHANJIAO_DEMO: 'false',
    LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
    AUDIT_DENIALS_PER_MINUTE: '10000',
  });
  // Checkpoints written by jobs the tests run go to a directory of this configuration (made when the first is
  // written), neither the repository's data nor another test database's checkpoints.
  const audit = { ...base.audit, checkpointDir: path.join(os.tmpdir(), 'chanjiao-test-checkpoints', randomUUID()) };
  return { ...base, audit, ...overrides };
}
