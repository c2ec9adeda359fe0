/**
 * A failure of an operator's command (CLI, backup, restore, start-up checks), as opposed to an HTTP
 * request's DomainError: a stable code plus a message in both languages that says what to do next.
 */
export class OperationError extends Error {
  constructor(
    readonly code: string,
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${code}: ${en}`);
  }
}
