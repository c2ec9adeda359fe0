/** Where the CLI reads and writes; the real process streams, or in-memory ones in tests. */
import os from 'node:os';
import type { Actor } from '../kernel/audit/audit.service.js';
import { OperationError } from '../kernel/db/operation-error.js';

export interface PromptInput extends NodeJS.ReadableStream {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
}

export interface CliIo {
  env: Record<string, string | undefined>;
  input: PromptInput;
  output: NodeJS.WritableStream;
  out(line: string): void;
  err(line: string): void;
}

export function processIo(): CliIo {
  return {
    env: process.env,
    input: process.stdin,
    output: process.stdout,
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  };
}

/** A wrong invocation: exits with code 2 and the usage of the command. */
export class UsageError extends OperationError {
  constructor(zh: string, en: string) {
    super('CLI_USAGE', zh, en);
  }
}

/** Audit entries written by the CLI name the operating-system account that ran it. */
export function cliActor(env: Record<string, string | undefined>): Actor {
  let account = env.USER ?? env.LOGNAME ?? 'unknown';
  try {
    account = os.userInfo().username;
  } catch {
    // Containers may run as a uid with no passwd entry; the environment's name is the best we have.
  }
  return { userId: null, username: `cli:${account}`, ip: null, userAgent: 'chanjiao-cli', requestId: null };
}
