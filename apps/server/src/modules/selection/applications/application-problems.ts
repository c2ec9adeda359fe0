/** Turns form problems into what the API returns: the place on the form and the message, in one language or both. */
import { applicationFieldLabel, type Locale, type TFormProblem } from '@chanjiao/contracts';
import type { FieldProblem } from '../../../kernel/errors.js';
import type { FormProblem } from './application.rules.js';

export function presentProblem(problem: FormProblem, locale: Locale): TFormProblem {
  const label = applicationFieldLabel(problem.path, locale);
  return { path: problem.path.join('.'), label, kind: problem.kind, message: problem.message[locale] };
}

export function asFieldProblem(problem: FormProblem): FieldProblem {
  const label = (locale: Locale) => applicationFieldLabel(problem.path, locale);
  return {
    path: problem.path.join('.'),
    message: {
      'zh-CN': `『${label('zh-CN')}』${problem.message['zh-CN']}`,
      'en-US': `“${label('en-US')}”: ${problem.message['en-US']}`,
    },
  };
}
