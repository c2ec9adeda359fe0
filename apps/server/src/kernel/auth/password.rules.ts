/**
 * What makes a password acceptable (GB/T 22239-2019 等保2.0 第三级 8.1.4.1 身份鉴别 a): "身份鉴别信息具有复杂度要求";
 * OWASP ASVS 5.0 V6.2: at least the minimum length, not a common or breached password, not built from the
 * account's own names). Lengths count characters (Unicode code points), so a Chinese password counts as typed.
 * The guessability check is a strength estimate (zxcvbn, see password-strength.ts) judged here.
 */
import type { Bilingual } from '@chanjiao/contracts';

export interface PasswordPolicy {
  minLength: number;
  /** zxcvbn's score (0 too guessable … 4 very unguessable) a password must reach. */
  minStrength: number;
}

/** What the strength estimate found, in the terms the rule judges. */
export interface PasswordStrength {
  score: number;
  /** Part of it is, or is close to, a password from the list of most common ones. */
  common: boolean;
  /** Part of it is, or is close to, one of the account's own names. */
  personal: boolean;
}

export type PasswordProblem =
  | { kind: 'too_short'; min: number }
  | { kind: 'letters_and_digits' }
  | { kind: 'contains_name' }
  | { kind: 'common' }
  | { kind: 'guessable' };

/** Shorter names (e.g. "li") occur in unrelated words too often to count; two Chinese characters are a name. */
function longEnoughToCount(name: string): boolean {
  return [...name].length >= (/\p{Script=Han}/u.test(name) ? 2 : 3);
}

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The checks that need no dictionary: length, letters and digits, the account's names inside it. */
export function basicPasswordProblem(password: string, policy: PasswordPolicy, names: string[]): PasswordProblem | null {
  if ([...password].length < policy.minLength) return { kind: 'too_short', min: policy.minLength };
  if (!/\p{L}/u.test(password) || !/\d/.test(password)) return { kind: 'letters_and_digits' };
  const plain = normalise(password);
  const reversed = [...plain].reverse().join('');
  const built = names
    .map(normalise)
    .filter(longEnoughToCount)
    .some((name) => plain.includes(name) || reversed.includes(name));
  return built ? { kind: 'contains_name' } : null;
}

export function strengthProblem(strength: PasswordStrength, policy: PasswordPolicy): PasswordProblem | null {
  if (strength.score >= policy.minStrength) return null;
  if (strength.common) return { kind: 'common' };
  if (strength.personal) return { kind: 'contains_name' };
  return { kind: 'guessable' };
}

export function describePasswordProblem(problem: PasswordProblem): Bilingual {
  switch (problem.kind) {
    case 'too_short':
      return { 'zh-CN': `长度至少 ${problem.min} 个字符`, 'en-US': `it needs at least ${problem.min} characters` };
    case 'letters_and_digits':
      return { 'zh-CN': '须同时包含字母和数字', 'en-US': 'it needs both letters and digits' };
    case 'contains_name':
      return { 'zh-CN': '不能由用户名或姓名构成', 'en-US': 'it must not be built from the username or name' };
    case 'common':
      return {
        'zh-CN': '这是常用密码或与常用密码相近，容易被猜中',
        'en-US': 'it is a common password or close to one, and easy to guess',
      };
    case 'guessable':
      return {
        'zh-CN': '容易被猜中，请加长或加入不相关的词',
        'en-US': 'it is easy to guess; make it longer or add unrelated words',
      };
  }
}
