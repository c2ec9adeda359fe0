/**
 * Exact shares for 半数以上 / 三分之二以上 / 过半数 (民法典第一千二百五十九条: 以上 includes the number, 超过 does not): count/base is compared with
 * numerator/denominator by cross-multiplying integers, so 2/3 of 9 is never a rounded 6.0000001.
 */
import type { Bilingual, Comparator } from '@chanjiao/contracts';

export interface Share {
  numerator: number;
  denominator: number;
  comparator: Comparator;
}

export function meetsShare(count: number, base: number, share: Share): boolean {
  const left = count * share.denominator;
  const right = share.numerator * base;
  return share.comparator === 'gte' ? left >= right : left > right;
}

/** The smallest count that meets the share of `base`. */
export function minimumMeeting(base: number, share: Share): number {
  const product = share.numerator * base;
  return share.comparator === 'gte' ? Math.ceil(product / share.denominator) : Math.floor(product / share.denominator) + 1;
}

/** The share's value of `base` as users read it: "4", or "16/3≈5.33" when it is not whole. */
export function shareOfBase(base: number, share: Share): string {
  const product = share.numerator * base;
  if (product % share.denominator === 0) return String(product / share.denominator);
  return `${product}/${share.denominator}≈${(product / share.denominator).toFixed(2)}`;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Chinese numerals for 0–99 (enough for charter fractions); larger numbers keep Arabic digits. */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 99) return String(value);
  if (value < 10) return DIGITS[value]!;
  const tens = Math.floor(value / 10);
  const units = value % 10;
  return `${tens === 1 ? '' : DIGITS[tens]!}十${units === 0 ? '' : DIGITS[units]!}`;
}

/** "三分之二" / "2/3". */
export function shareName(share: Pick<Share, 'numerator' | 'denominator'>): Bilingual {
  return {
    'zh-CN': `${chineseNumeral(share.denominator)}分之${chineseNumeral(share.numerator)}`,
    'en-US': `${share.numerator}/${share.denominator}`,
  };
}

/** The relation symbol a result shows: ≥ or > when met, < or ≤ when not. */
export function relationSymbol(met: boolean, comparator: Comparator): string {
  if (comparator === 'gte') return met ? '≥' : '<';
  return met ? '>' : '≤';
}
