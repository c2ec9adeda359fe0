/**
 * Sort keys that put Chinese names in pinyin order. PGlite has no ICU collation, and PostgreSQL's may be any
 * locale, so the order is computed here (pinyin-pro reads polyphones from their words: 重庆 chongqing, 银行
 * yinhang) and kept in a column beside the name. Lists order by that column, then by the name itself.
 *
 * The key holds only `0-9` and `a-z`, which every collation (C, C.UTF-8, en_US, ICU) orders alike: digits
 * before letters, then by ASCII. It is read unit by unit, like a dictionary:
 * - a Han character is its syllable with the tone as a digit, 1–4 and 5 for the neutral tone
 *   (上海三菱 → shang4hai3san1ling2). The tone digit ends the syllable, so 西安 (xi1an1) comes before 先 (xian1),
 *   and syllables that are spelt alike sort by tone;
 * - a run of Latin letters is the word in lower case without accents, ended by `0` (IBM中国 → ibm0zhong1guo2),
 *   so it sorts among the syllables starting with its letters;
 * - a run of digits is a number, written as its digit count (two digits) and the digits without leading zeros,
 *   so numbers sort by value (第2中学 before 第10中学) and before any letter;
 * - any other letter (kana, Greek, a Han character without a known reading) comes after all of these, by
 *   code point;
 * - spaces, brackets and other punctuation are skipped: （筹） and (筹) sort alike.
 */
import { customPinyin, pinyin } from 'pinyin-pro';

/**
 * Words of organisations' and places' names that pinyin-pro reads otherwise (分行 as fēn xíng); data, added to
 * when a list shows a name out of place.
 */
export const NAME_READINGS: Readonly<Record<string, string>> = {
  分行: 'fēn háng',
  闵行: 'mǐn háng',
  六合: 'lù hé',
  乐清: 'yuè qīng',
  莘庄: 'xīn zhuāng',
};
customPinyin({ ...NAME_READINGS });

const UNITS = /(\p{Script=Han}+)|(\p{Script=Latin}+)|([0-9]+)|(\p{L})/gu;
const SYLLABLE = /^([a-z]+)([0-4])$/;

function otherLetter(letter: string): string {
  return `zz${letter.codePointAt(0)!.toString(36).padStart(4, '0')}`;
}

function hanKey(run: string): string {
  return pinyin(run, { toneType: 'num', type: 'array', v: true })
    .map((reading) => {
      const syllable = SYLLABLE.exec(reading);
      if (!syllable) return [...reading].map(otherLetter).join('');
      return `${syllable[1]}${syllable[2] === '0' ? '5' : syllable[2]}`;
    })
    .join('');
}

function latinKey(run: string): string {
  const word = run
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  return word ? `${word}0` : '';
}

function numberKey(run: string): string {
  const digits = run.replace(/^0+(?=.)/, '');
  return `${String(Math.min(digits.length, 99)).padStart(2, '0')}${digits}`;
}

export function pinyinSortKey(name: string): string {
  let key = '';
  for (const [, han, latin, digits, other] of name.normalize('NFKC').matchAll(UNITS)) {
    if (han) key += hanKey(han);
    else if (latin) key += latinKey(latin);
    else if (digits) key += numberKey(digits);
    else if (other) key += otherLetter(other);
  }
  return key;
}

/** The same order for lists sorted in memory: by the key, then by the name. */
export function comparePinyin(a: string, b: string): number {
  const keyA = pinyinSortKey(a);
  const keyB = pinyinSortKey(b);
  if (keyA !== keyB) return keyA < keyB ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
