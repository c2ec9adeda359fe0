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
import type { Clock } from '../time/clock.js';
import * as repo from './auth.repository.js';
import { lockState, minutesUntil, relevantSince } from './lockout.rules.js';
import { decoyHash, hashPassword, verifyPassword } from './password.js';
import { basicPasswordProblem, describePasswordProblem, type PasswordPolicy, strengthProblem } from './password.rules.js';
import { loadStrengthEstimator } from './password-strength.js';
import { needsTouch, sessionState } from './session.rules.js';
import { openSecret, sealSecret } from './sealed-secret.js';
import { generateTotpSecret, otpauthUri, verifyTotp } from './totp.js';

export interface AuthDeps {
  db: Database;
  config: AppConfig;
  secretKey: string;
  clock: Clock;
  /** Runs inside the sign-in's transaction once the session exists (e.g. to warn of a new device). */
  afterSignIn?: (tx: Executor, signIn: SignIn) => Promise<void>;
}

export interface SignIn {
  actor: Actor;
  user: repo.UserRow;
  sessionId: string;
  at: Date;
}

const clock = (deps: AuthDeps) => deps.clock.now();

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
  // Counting the failures and recording this attempt as one more is one step under the username's lock, so that
  // parallel attempts cannot all be checked against the same count: past the limit they are locked before their
  // password is looked at. The attempt stays a failure unless its password proves right.
  const attempt = await db.transaction(async (tx) => {
    await repo.lockSignInAttempts(tx, username);
    const failures = await repo.recentFailures(tx, username, relevantSince(now, config.lockout));
    const lock = lockState(failures, now, config.lockout);
    if (lock.locked) {
      await recordAudit(tx, actor, {
        action: 'auth.login',
        entityType: 'user',
        outcome: 'denied',
        details: { username, reason: 'locked' },
      });
      return { failures, lock, failureId: null };
    }
    return { failures, lock, failureId: await repo.insertFailure(tx, username, now, actor.ip) };
  });
  if (attempt.lock.locked) throw new DomainError('LOGIN_LOCKED', { minutes: minutesUntil(attempt.lock.until!, now) });

  const user = await repo.findUserByUsername(db, username);
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyHash()), input.password);
  const usable = !!user && passwordOk && user.disabledAt === null;

  let failure: DomainError | null = usable ? null : new DomainError('LOGIN_FAILED');
  let totpStep: number | null = null;
  if (!failure && user!.totpSecret) {
    if (!input.totpCode) {
      // The right password without its code is a step of the sign-in, not a failed attempt.
      await repo.deleteFailure(db, attempt.failureId!);
      throw new DomainError('TOTP_CODE_REQUIRED');
    }
    totpStep = verifyTotp(openSecret(user!.totpSecret, deps.secretKey), input.totpCode, now, user!.totpLastStep);
    if (totpStep === null) failure = new DomainError('TOTP_INVALID');
  }

  if (failure) {
    // The attempt was counted as a failure when it was reserved; it stays one.
    await db.transaction((tx) =>
      recordAudit(tx, actor, {
        action: 'auth.login',
        entityType: 'user',
        entityId: user?.id ?? null,
        outcome: 'failure',
        details: { username, reason: failure!.code === 'TOTP_INVALID' ? 'totp' : 'credentials' },
      }),
    );
    const after = lockState([...attempt.failures, now], now, config.lockout);
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
  // A forced change (first sign-in, after a reset) must end the password someone else has seen.
  if (await verifyPassword(user.passwordHash, input.newPassword)) throw new DomainError('PASSWORD_REUSED');
  await assertPasswordAcceptable(deps.db, deps.config, input.newPassword, {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
  });
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

/** Whose password it is: its names must not make it up, and an administrator's needs the longer minimum. */
export interface PasswordOwner {
  /** An existing account; its roles decide whether the administrators' policy applies. */
  userId?: string;
  username: string;
  displayName?: string;
  /** Set when the account is being made an administrator (e.g. `create-admin`); otherwise read from its roles. */
  administrator?: boolean;
}

/**
 * The policy a password must meet: administrators (the platform, security and audit administrator duties)
 * have their own, longer minimum length (PASSWORD_ADMIN_MIN_LENGTH), everyone else PASSWORD_MIN_LENGTH.
 */
export function passwordPolicy(config: AppConfig, administrator: boolean): PasswordPolicy {
  const { passwordMinLength } = config;
  return {
    minLength: administrator ? passwordMinLength.administrators : passwordMinLength.others,
    minStrength: config.passwordMinStrength,
  };
}

/** Throws PASSWORD_WEAK saying, in both languages, what is wrong with the password. */
export async function assertPasswordAcceptable(db: Executor, config: AppConfig, password: string, owner: PasswordOwner): Promise<void> {
  const administrator = owner.administrator ?? (owner.userId ? await repo.holdsAdministratorDuty(db, owner.userId) : false);
  const policy = passwordPolicy(config, administrator);
  const names = [owner.username, owner.displayName ?? ''];
  let problem = basicPasswordProblem(password, policy, names);
  if (!problem) problem = strengthProblem((await loadStrengthEstimator())(password, names), policy);
  if (problem) throw new DomainError('PASSWORD_WEAK', { reason: describePasswordProblem(problem), min: policy.minLength });
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
