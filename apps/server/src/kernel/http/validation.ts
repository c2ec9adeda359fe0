/**
 * Request validation with zod that keeps every issue, so the error mapper can name the field and say,
 * in the user's language, what to do. The messages come from the contracts, which the web's forms use too.
 */
import { describeIssue } from '@chanjiao/contracts/validation-issues';
import type { FastifySchemaCompiler } from 'fastify';
import { type z } from 'zod';
import type { FieldProblem } from '../errors.js';

export class RequestValidationError extends Error {
  readonly statusCode = 400;
  constructor(
    readonly part: string,
    readonly issues: z.core.$ZodIssue[],
  ) {
    super(`invalid ${part}`);
  }
}

export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(httpPart ?? 'body', result.error.issues) };
  };

export { issueFieldLabel as fieldLabel, issueMessage } from '@chanjiao/contracts/validation-issues';

export function describeIssues(issues: z.core.$ZodIssue[]): FieldProblem[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: { 'zh-CN': describeIssue(issue, 'zh-CN'), 'en-US': describeIssue(issue, 'en-US') },
  }));
}
