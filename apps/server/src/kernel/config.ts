/**
 * One validated configuration, read once at start. A wrong value stops the process with a readable list
 * of every problem, so an operator fixes them in one go instead of one restart per mistake.
 */
import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

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
  DATABASE_POOL_SIZE: positiveInt.default(10),
  DATA_DIR: z.string().min(1).default('./data'),
  CHANJIAO_DEMO: bool.optional(),
  SECRET_KEY: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -hex 32`)').optional(),
  SESSION_IDLE_MINUTES: positiveInt.default(30),
  SESSION_ABSOLUTE_HOURS: positiveInt.default(12),
  LOGIN_MAX_FAILURES: positiveInt.default(5),
  LOGIN_FAILURE_WINDOW_MINUTES: positiveInt.default(15),
  LOGIN_LOCK_MINUTES: positiveInt.default(15),
  LOGIN_RATE_LIMIT_PER_MINUTE: positiveInt.default(30),
  PASSWORD_MIN_LENGTH: z.coerce.number().int().min(8).max(128).default(8),
  COOKIE_SECURE: bool.optional(),
  TRUST_PROXY: bool.default(false),
  UPLOAD_MAX_MB: positiveInt.default(10),
  IMPORT_MAX_ROWS: positiveInt.default(20000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST_DIR: z.string().optional(),
  DOCUMENTS_WARM_UP: bool.optional(),
  // Notifications and background jobs
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  SMTP_FROM: z.string().min(3).optional(),
  SMTP_REPLY_TO: z.string().min(3).optional(),
  JOBS_RUNNER: bool.optional(),
  JOBS_POLL_SECONDS: positiveInt.default(2),
});

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl?: string;
  database: { url?: string; poolSize: number; dataDir: string };
  demo: boolean;
  secretKey?: string;
  session: { idleMs: number; absoluteMs: number };
  lockout: { maxFailures: number; windowMs: number; lockMs: number };
  loginRateLimitPerMinute: number;
  passwordMinLength: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  uploadMaxBytes: number;
  importMaxRows: number;
  logLevel: string;
  webDistDir?: string;
  /** Load the PDF/DOCX renderers and fonts right after listening, so the first download is not slow. */
  documentsWarmUp: boolean;
  /** Outgoing e-mail; absent: messages stay in the inbox. */
  smtp?: { url: string; from: string; replyTo?: string };
  /** Whether this process runs background jobs (several instances may all run them), and how often it looks. */
  jobs: { runner: boolean; pollMs: number };
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
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(present[String(issue.path[0])])})`),
    );
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const problems: string[] = [];
  const demo = e.CHANJIAO_DEMO ?? !production;
  if (production && demo) problems.push('CHANJIAO_DEMO: demo accounts are not allowed when NODE_ENV=production');
  if (production && !e.SECRET_KEY) problems.push('SECRET_KEY: required when NODE_ENV=production');
  problems.push(...mailProblems(e, production));
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl: e.PUBLIC_URL,
    database: { url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE, dataDir: path.resolve(e.DATA_DIR) },
    demo,
    secretKey: e.SECRET_KEY,
    session: { idleMs: e.SESSION_IDLE_MINUTES * 60_000, absoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000 },
    lockout: {
      maxFailures: e.LOGIN_MAX_FAILURES,
      windowMs: e.LOGIN_FAILURE_WINDOW_MINUTES * 60_000,
      lockMs: e.LOGIN_LOCK_MINUTES * 60_000,
    },
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    passwordMinLength: e.PASSWORD_MIN_LENGTH,
    cookieSecure: e.COOKIE_SECURE ?? (e.PUBLIC_URL?.startsWith('https://') ?? false),
    trustProxy: e.TRUST_PROXY,
    uploadMaxBytes: e.UPLOAD_MAX_MB * 1024 * 1024,
    importMaxRows: e.IMPORT_MAX_ROWS,
    logLevel: e.LOG_LEVEL,
    webDistDir: e.WEB_DIST_DIR,
    // Tests never listen and render documents only where they test them; a running server warms up by default.
    documentsWarmUp: e.DOCUMENTS_WARM_UP ?? e.NODE_ENV !== 'test',
    smtp: e.SMTP_URL && e.SMTP_FROM ? { url: e.SMTP_URL, from: e.SMTP_FROM, replyTo: e.SMTP_REPLY_TO } : undefined,
    // Tests run jobs themselves (runDueJobs with their own clock).
    jobs: { runner: e.JOBS_RUNNER ?? e.NODE_ENV !== 'test', pollMs: e.JOBS_POLL_SECONDS * 1000 },
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

/** A configuration for tests: defaults plus overrides, never reading the process environment. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  // Suites sign in many times from one address; the rate limit has its own test.
  const base = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', CHANJIAO_DEMO: 'false', LOGIN_RATE_LIMIT_PER_MINUTE: '10000' });
  return { ...base, ...overrides };
}
