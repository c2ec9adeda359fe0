import type { TCallSummary } from '@chanjiao/contracts/selection/index';

const ONE_SECOND_MS = 1000;

/**
 * An open call stays open after its deadline until the authority closes it, but takes no new 推荐书. The stated
 * second itself still counts (截止 23:59:59 accepts 23:59:59.5), as the server's deadline rule has it.
 */
export function deadlinePassed(call: Pick<TCallSummary, 'deadlineAt'>, now = Date.now()): boolean {
  return now >= Date.parse(call.deadlineAt) + ONE_SECOND_MS;
}
