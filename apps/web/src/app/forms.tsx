/**
 * Shows a failed request to the user: the server's message as a toast, and — for forms — each field problem
 * under its field (`form.setFields`), so the user sees exactly what to correct.
 */
import App from 'antd/es/app';
import type { FormInstance } from 'antd/es/form';
import { useCallback } from 'react';
import { ApiError } from './api';

export type NamePath = (string | number)[];

/** `members.0.orgId` → ['members', 0, 'orgId'], the way antd names nested fields. */
export function namePathOf(path: string): NamePath {
  return path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function sameName(a: NamePath, b: (string | number)[]): boolean {
  return a.length === b.length && a.every((segment, index) => segment === b[index]);
}

export interface ReportOptions {
  form?: FormInstance;
  /** Errors that concern one field although the server sends no field list (e.g. USCC_DUPLICATE → 'uscc'). */
  codeFields?: Record<string, string>;
  /** The form's name for a server path, where the form names a field otherwise (the default is `namePathOf`). */
  nameOf?: (path: string) => NamePath;
  /**
   * The toast's key: a new failure with the same key replaces the toast instead of stacking another, and the
   * caller takes it away with `message.destroy(key)` once the problem is corrected.
   */
  key?: string;
}

export function useReportError(): (error: unknown, options?: ReportOptions) => void {
  const { message } = App.useApp();
  return useCallback(
    (error: unknown, options: ReportOptions = {}) => {
      if (!(error instanceof ApiError)) {
        void message.error(error instanceof Error ? error.message : String(error));
        return;
      }
      // The shell already tells the user: a redirect to sign-in, or the retry notice.
      if (error.sessionEnded || error.temporary) return;
      const { form, codeFields, nameOf = namePathOf, key } = options;
      const problems = [...error.fields];
      const codeField = codeFields?.[error.code];
      if (codeField && problems.length === 0) problems.push({ path: codeField, message: error.message });

      const unmatched: string[] = [];
      if (form) {
        const registered = form.getFieldsError().map((field) => field.name);
        const matched: { name: NamePath; errors: string[] }[] = [];
        for (const problem of problems) {
          const name = nameOf(problem.path);
          if (registered.some((candidate) => sameName(name, candidate))) matched.push({ name, errors: [problem.message] });
          else unmatched.push(problem.message);
        }
        form.setFields(matched);
        if (matched[0]) form.scrollToField(matched[0].name, { block: 'center' });
      } else {
        unmatched.push(...problems.map((problem) => problem.message));
      }
      const headline = codeField && error.fields.length === 0 ? null : error.message;
      const lines = [headline, ...unmatched].filter((line): line is string => !!line);
      if (lines.length === 0) return;
      void message.error({
        key,
        content: (
          <div style={{ textAlign: 'left' }}>
            {lines.map((line, index) => (
              <div key={index}>{line}</div>
            ))}
          </div>
        ),
        duration: 6,
      });
    },
    [message],
  );
}
