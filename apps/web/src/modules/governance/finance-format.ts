/** 分 → “3,650.50”, in integer arithmetic like the server's report. */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100).toLocaleString('en-US')}.${(abs % 100).toString().padStart(2, '0')}`;
}
