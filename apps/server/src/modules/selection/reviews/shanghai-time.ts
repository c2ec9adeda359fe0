/** Instants as people in the documents read them: Beijing time (Asia/Shanghai, UTC+8, no daylight saving). */
const OFFSET_MS = 8 * 60 * 60 * 1000;

/** "2026-06-15 09:30" */
export function shanghaiDateTime(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
