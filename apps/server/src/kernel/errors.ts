/**
 * Domain errors carry a stable code from the shared catalogue and the parameters its message needs.
 * A parameter may itself be bilingual ({ 'zh-CN', 'en-US' }); it is resolved with the message.
 * Services throw them; `http/error-handler.ts` is the one place that turns them into responses.
 */
import { type Bilingual, ERROR_CATALOG, type ErrorCode, interpolate, type Locale } from '@chanjiao/contracts';

export interface FieldProblem {
  path: string;
  message: Bilingual;
}

export class DomainError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, unknown> = {},
    readonly fields: FieldProblem[] = [],
  ) {
    super(`${code}: ${interpolate(ERROR_CATALOG[code].message['en-US'], resolveParams(params, 'en-US'))}`);
    this.status = ERROR_CATALOG[code].status;
  }

  messageIn(locale: Locale): string {
    return interpolate(ERROR_CATALOG[this.code].message[locale], resolveParams(this.params, locale));
  }

  paramsIn(locale: Locale): Record<string, unknown> {
    return resolveParams(this.params, locale);
  }
}

function isBilingual(value: unknown): value is Bilingual {
  return typeof value === 'object' && value !== null && 'zh-CN' in value && 'en-US' in value;
}

function resolveParams(params: Record<string, unknown>, locale: Locale): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, isBilingual(value) ? value[locale] : value]));
}

export function notFound(entity: Bilingual): DomainError {
  return new DomainError('NOT_FOUND', { entity });
}

export function bilingual(zh: string, en: string): Bilingual {
  return { 'zh-CN': zh, 'en-US': en };
}
