/**
 * Sign-in, sessions, password changes and second-factor enrolment.
 * Tokens are opaque random strings; the database keeps only their SHA-256, so a stolen copy of the
 * sessions table cannot be replayed.
 */
import { createHash, randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import type { AppConfig } from '../config.js';
import type { Database, Executor } from '../db/database.js';
import { DomainError } from '../errors.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import type { AuthContext, AuthUser } from '../http/context.js';
import * as repo from './auth.repository.js';
import { lockState, minutesUntil, relevantSince } from './lockout.rules.js';
import { decoyHash, hashPassword, verifyPassword } from './password.js';
import { passwordAcceptable } from './password.rules.js';
import { needsTouch, sessionState } from './session.rules.js';
import { generateTotpSecret, openSecret, otpauthUri, sealSecret, verifyTotp } from './totp.js';

export interface AuthDeps {
  db: Database;
  config: AppConfig;
  secretKey: string;
  now?: () => Date;
  /** Runs inside the sign-in's transaction once the session exists (e.g. to warn of a new device). */
  afterSignIn?: (tx: Executor, signIn: SignIn) => Promise<void>;
}

export interface SignIn {
  actor: Actor;
  user: repo.UserRow;
  sessionId: string;
  at: Date;
}

const clock = (deps: AuthDeps) => (deps.now ?? (() => new Date()))();

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function toAuthUser(row: repo.UserRow): AuthUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    isDemo: row.isDemo,
    totpEnabled: row.totpSecret !== null,
    mustChangePassword: row.mustChangePassword,
    preferredLocale: row.preferredLocale,
  };
}

export interface LoginInput {
  username: string;
  password: string;
  totpCode?: string;
}

export interface LoginResult {
  token: string;
  csrfToken: string;
  user: AuthUser;
}

export async function login(deps: AuthDeps, actor: Actor, input: LoginInput): Promise<LoginResult> {
  const { db, config } = deps;
  const now = clock(deps);
  const username = input.username.trim().toLowerCase();
  const failures = await repo.recentFailures(db, username, relevantSince(now, config.lockout));
  const lock = lockState(failures, now, config.lockout);
  if (lock.locked) {
    await db.transaction((tx) =>
      recordAudit(tx, actor, { action: 'auth.login', entityType: 'user', outcome: 'denied', details: { username, reason: 'locked' } }),
    );
    throw new DomainError('LOGIN_LOCKED', { minutes: minutesUntil(lock.until!, now) });
  }

  const user = await repo.findUserByUsername(db, username);
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyHash()), input.password);
  const usable = !!user && passwordOk && user.disabledAt === null;

  let failure: DomainError | null = usable ? null : new DomainError('LOGIN_FAILED');
  let totpStep: number | null = null;
  if (!failure && user!.totpSecret) {
    if (!input.totpCode) throw new DomainError('TOTP_CODE_REQUIRED');
    totpStep = verifyTotp(openSecret(user!.totpSecret, deps.secretKey), input.totpCode, now, user!.totpLastStep);
    if (totpStep === null) failure = new DomainError('TOTP_INVALID');
  }

  if (failure) {
    await db.transaction(async (tx) => {
      await repo.insertFailure(tx, username, now, actor.ip);
      await recordAudit(tx, actor, {
        action: 'auth.login',
        entityType: 'user',
        entityId: user?.id ?? null,
        outcome: 'failure',
        details: { username, reason: failure!.code === 'TOTP_INVALID' ? 'totp' : 'credentials' },
      });
    });
    const after = lockState([...failures, now], now, config.lockout);
    if (after.locked) throw new DomainError('LOGIN_LOCKED', { minutes: minutesUntil(after.until!, now) });
    throw failure;
  }

  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db.transaction(async (tx) => {
    await repo.clearFailures(tx, username);
    if (totpStep !== null) await repo.updateUser(tx, user!.id, { totpLastStep: totpStep });
    const session = await repo.insertSession(tx, {
      tokenHash: hashToken(token),
      userId: user!.id,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      ip: actor.ip,
      userAgent: actor.userAgent,
    });
    const signedIn = { ...actor, userId: user!.id, username: user!.username };
    await recordAudit(tx, signedIn, {
      action: 'auth.login',
      entityType: 'session',
      entityId: session.id,
    });
    await deps.afterSignIn?.(tx, { actor: signedIn, user: user!, sessionId: session.id, at: now });
  });
  return { token, csrfToken, user: toAuthUser(user!) };
}

export type SessionLookup = { status: 'none' | 'expired' } | { status: 'active'; auth: Omit<AuthContext, 'via'> };

export async function resolveSession(deps: AuthDeps, token: string): Promise<SessionLookup> {
  const now = clock(deps);
  const found = await repo.findSessionWithGrants(deps.db, hashToken(token));
  if (!found) return { status: 'none' };
  const { session, user, grants } = found;
  const state = user.disabledAt ? 'revoked' : sessionState(session, now, deps.config.session);
  if (state !== 'active') {
    if (state !== 'revoked') await repo.revokeSession(deps.db, session.id, state, now);
    return { status: 'expired' };
  }
  if (needsTouch(session.lastSeenAt, now)) await repo.touchSession(deps.db, session.id, now);
  const { disabledAt: _disabledAt, ...authUser } = user;
  return { status: 'active', auth: { user: authUser, sessionId: session.id, csrfToken: session.csrfToken, grants } };
}

export async function logout(deps: AuthDeps, actor: Actor, sessionId: string): Promise<void> {
  const now = clock(deps);
  await deps.db.transaction(async (tx) => {
    await repo.revokeSession(tx, sessionId, 'logout', now);
    await recordAudit(tx, actor, { action: 'auth.logout', entityType: 'session', entityId: sessionId });
  });
}

export async function changePassword(
  deps: AuthDeps,
  actor: Actor,
  auth: AuthContext,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await repo.findUserById(deps.db, auth.user.id);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new DomainError('PASSWORD_WRONG');
  }
  assertPasswordAcceptable(deps.config, input.newPassword);
  const passwordHash = await hashPassword(input.newPassword);
  const now = clock(deps);
  await deps.db.transaction(async (tx) => {
    await repo.updateUser(tx, user.id, { passwordHash, mustChangePassword: false });
    // The session that made the change stays; every other one ends.
    const ended = await repo.revokeUserSessions(tx, user.id, 'password_changed', now, auth.sessionId);
    await recordAudit(tx, actor, {
      action: 'auth.password.change',
      entityType: 'user',
      entityId: user.id,
      details: { otherSessionsEnded: ended },
    });
  });
}

export function assertPasswordAcceptable(config: AppConfig, password: string): void {
  if (!passwordAcceptable(password, config.passwordMinLength)) {
    throw new DomainError('PASSWORD_WEAK', { min: config.passwordMinLength });
  }
}

export async function beginTotpEnrolment(deps: AuthDeps, actor: Actor, auth: AuthContext) {
  const secret = generateTotpSecret();
  const uri = otpauthUri(secret, auth.user.username);
  await deps.db.transaction(async (tx) => {
    await repo.updateUser(tx, auth.user.id, { totpPendingSecret: sealSecret(secret, deps.secretKey) });
    await recordAudit(tx, actor, { action: 'auth.totp.begin', entityType: 'user', entityId: auth.user.id });
  });
  return { secret, uri, qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) };
}

export async function confirmTotpEnrolment(deps: AuthDeps, actor: Actor, auth: AuthContext, code: string): Promise<void> {
  const user = await repo.findUserById(deps.db, auth.user.id);
  if (!user?.totpPendingSecret) throw new DomainError('TOTP_NOT_STARTED');
  const secret = openSecret(user.totpPendingSecret, deps.secretKey);
  const step = verifyTotp(secret, code, clock(deps));
  if (step === null) throw new DomainError('TOTP_INVALID');
  await deps.db.transaction(async (tx) => {
    await repo.updateUser(tx, user.id, {
      totpSecret: user.totpPendingSecret,
      totpPendingSecret: null,
      totpLastStep: step,
    });
    await recordAudit(tx, actor, { action: 'auth.totp.enable', entityType: 'user', entityId: user.id });
  });
}
