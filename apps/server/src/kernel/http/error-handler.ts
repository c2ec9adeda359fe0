/** The one mapper from failures to HTTP responses (docs/sources.md 5.4: stable codes, both languages, no stack traces). */
import type { ApiErrorBody, ErrorCode, Locale } from '@chanjiao/contracts';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import { DomainError } from '../errors.js';
import { describeIssues, RequestValidationError } from './validation.js';

/** The largest request body: upload routes take files of `uploadBytes`, every other route `bodyBytes` of JSON. */
export interface BodyLimits {
  uploadBytes: number;
  bodyBytes: number;
}

function megabytes(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024 / 1024))} MB`;
}

export function toDomainError(error: unknown, limits: BodyLimits): DomainError | null {
  if (error instanceof DomainError) return error;
  if (error instanceof RequestValidationError) {
    return new DomainError('VALIDATION_FAILED', { part: error.part }, describeIssues(error.issues));
  }
  if (isDatabaseUnavailable(error)) return new DomainError('DB_UNAVAILABLE');
  const fastifyError = error as Partial<FastifyError>;
  const codeMap: Record<string, ErrorCode> = {
    FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
    FST_REQ_FILE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
    FST_FILES_LIMIT: 'PAYLOAD_TOO_LARGE',
    FST_ERR_CTP_INVALID_MEDIA_TYPE: 'VALIDATION_FAILED',
    FST_ERR_CTP_EMPTY_JSON_BODY: 'VALIDATION_FAILED',
    FST_ERR_CTP_INVALID_JSON_BODY: 'VALIDATION_FAILED',
    FST_INVALID_MULTIPART_CONTENT_TYPE: 'VALIDATION_FAILED',
  };
  const mapped = fastifyError.code ? codeMap[fastifyError.code] : undefined;
  if (mapped === 'PAYLOAD_TOO_LARGE') {
    const limit = fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? limits.bodyBytes : limits.uploadBytes;
    return new DomainError(mapped, { limit: megabytes(limit) });
  }
  if (mapped) return new DomainError(mapped, {}, [{ path: 'body', message: { 'zh-CN': '请求格式不正确', 'en-US': 'Malformed request' } }]);
  if (fastifyError.statusCode === 429) return new DomainError('RATE_LIMITED');
  if (fastifyError.statusCode === 400 && fastifyError.message) {
    return new DomainError('VALIDATION_FAILED', {}, [
      { path: 'request', message: { 'zh-CN': fastifyError.message, 'en-US': fastifyError.message } },
    ]);
  }
  return null;
}

export function errorBody(error: DomainError, locale: Locale, requestId: string): ApiErrorBody {
  return {
    error: {
      code: error.code,
      message: error.messageIn(locale),
      requestId,
      params: error.paramsIn(locale),
      ...(error.fields.length > 0 ? { fields: error.fields.map((field) => ({ path: field.path, message: field.message[locale] })) } : {}),
    },
  };
}

export function makeErrorHandler(limits: BodyLimits) {
  return function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
    const domain = toDomainError(error, limits);
    const locale = request.locale ?? 'zh-CN';
    if (domain) {
      if (domain.code === 'DB_UNAVAILABLE') {
        request.log.warn({ err: error }, 'database unavailable');
        void reply.header('Retry-After', '5');
      }
      return reply.status(domain.status).send(errorBody(domain, locale, request.id));
    }
    request.log.error({ err: error }, 'unhandled error');
    const internal = new DomainError('INTERNAL', { requestId: request.id });
    return reply.status(500).send(errorBody(internal, locale, request.id));
  };
}
