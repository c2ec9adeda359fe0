import { z } from 'zod';
import { normalizeUscc, usccProblem } from './uscc.js';

export const ZUuid = z.uuid();
export const ZIdParams = z.object({ id: z.uuid() });

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** Characters as the platform counts them (docs/sources.md 5.1): Unicode code points, so 汉字, letters and emoji count one each. */
export function countCharacters(text: string): number {
  return [...text].length;
}

function maxCharacters(max: number) {
  return (value: string, ctx: z.RefinementCtx) => {
    const count = countCharacters(value);
    if (count > max) {
      ctx.addIssue({ code: 'custom', message: `at most ${max} characters`, params: { i18n: 'MAX_CHARS', max, count } });
    }
  };
}

/**
 * Characters that show nothing on their own: spaces of every kind, control and format characters (zero-width
 * space and joiners, direction marks, the byte-order mark, soft hyphen), combining marks with nothing to
 * combine with, and the blank-looking fillers (Hangul filler U+3164 and its half-width form, braille blank).
 */
const INVISIBLE = /^[\p{White_Space}\p{Z}\p{Cc}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]*$/u;

/** Whether the text shows at least one character: a name of zero-width spaces or fillers names nothing. */
export function hasVisibleCharacter(text: string): boolean {
  return !INVISIBLE.test(text);
}

function visible(value: string, ctx: z.RefinementCtx) {
  if (value !== '' && !hasVisibleCharacter(value)) {
    ctx.addIssue({ code: 'custom', message: 'only invisible characters', params: { i18n: 'NOT_VISIBLE' } });
  }
}

/** A required text: trimmed, not blank, something visible in it, at most `max` characters. */
export function requiredText(max: number) {
  return z.string().trim().min(1, { message: 'i18n:NOT_BLANK' }).superRefine(visible).superRefine(maxCharacters(max));
}

export function optionalText(max: number) {
  return z.preprocess(blankToUndefined, z.string().trim().superRefine(visible).superRefine(maxCharacters(max)).optional());
}

export const ZUscc = z
  .string()
  .transform(normalizeUscc)
  .superRefine((value, ctx) => {
    const problem = usccProblem(value);
    if (problem) {
      ctx.addIssue({
        code: 'custom',
        message: `invalid USCC (${problem})`,
        params: { i18n: `USCC_${problem.toUpperCase()}` },
      });
    }
  });

export const ZOptionalUscc = z.preprocess(blankToUndefined, ZUscc.optional());

/**
 * The dates a user of this platform can mean (meetings, terms, deadlines, founding dates); a date outside them is
 * almost always a slip of the keyboard (0226-05-01, 2206-05-01), so it is refused with a message, not stored.
 */
export const PLAUSIBLE_DATES = { from: '1900-01-01', to: '2100-12-31' } as const;

/** For a date or a date-time text starting YYYY-MM-DD; one written otherwise gets only the format's message. */
export function withinPlausibleDates(value: string, ctx: z.RefinementCtx) {
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return;
  const day = value.slice(0, 10);
  if (day < PLAUSIBLE_DATES.from || day > PLAUSIBLE_DATES.to) {
    ctx.addIssue({ code: 'custom', message: 'date out of range', params: { i18n: 'DATE_RANGE', ...PLAUSIBLE_DATES } });
  }
}

export const ZIsoDate = z.iso.date({ message: 'i18n:DATE_FORMAT' }).superRefine(withinPlausibleDates);

export const ZPhone = z
  .string()
  .trim()
  .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/, { message: 'i18n:PHONE_FORMAT' });

export const ZPageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}

export const ZOk = z.object({ ok: z.literal(true) });

/** Masks a mainland phone number for lists and exports (个人信息保护法): 138****5678. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return phone ?? null;
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

export function maskEmail(email: string | null | undefined): string | null {
  if (!email) return email ?? null;
  const [local, domain] = email.split('@');
  if (!local || !domain) return '***';
  return `${local.slice(0, 1)}***@${domain}`;
}
