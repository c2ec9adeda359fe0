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

/** A required text: trimmed, not blank, at most `max` characters. */
export function requiredText(max: number) {
  return z
    .string()
    .trim()
    .min(1, { message: 'i18n:NOT_BLANK' })
    .superRefine(maxCharacters(max));
}

export function optionalText(max: number) {
  return z.preprocess(blankToUndefined, z.string().trim().superRefine(maxCharacters(max)).optional());
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

export const ZIsoDate = z.iso.date({ message: 'i18n:DATE_FORMAT' });

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
