/**
 * A process that has thrown where nothing catches, or left a promise rejected with no handler, is in a state
 * nobody planned for: it logs the failure as fatal and exits 1, so that its supervisor (systemd's
 * Restart=on-failure, see docs/operations.md) starts a fresh one instead of it limping on.
 */
export interface FatalLogger {
  fatal(details: object, message: string): void;
}

export function exitOnFatalErrors(log: FatalLogger): void {
  process.on('uncaughtException', (error, origin) => {
    log.fatal({ err: error, origin }, 'fatal error, exiting / 致命错误，进程退出');
    process.exit(1);
  });
  process.on('unhandledRejection', (reason) => {
    log.fatal({ err: reason }, 'unhandled promise rejection, exiting / 未处理的异步错误，进程退出');
    process.exit(1);
  });
}
