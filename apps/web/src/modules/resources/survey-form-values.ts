/**
 * The survey answers as the form holds them and as the API takes them: students per grade typed as "120,118,110",
 * empty optional inputs left out.
 */
import type { TSurveyContent, TSurveyResponse } from '@chanjiao/contracts/resources/index';

type Content = TSurveyResponse['content'];
export type MajorRowValues = Omit<Content['majors'][number], 'studentsPerGrade'> & { studentsPerGrade: string };
export type ContentValues = Omit<Content, 'majors'> & { majors: MajorRowValues[] };
export interface SurveyFormValues {
  content: ContentValues;
}

const present = <T>(value: T | null | undefined | ''): T | undefined => (value === null || value === '' ? undefined : value);

export function gradesOf(text: string | undefined): number[] {
  return (text ?? '')
    .split(/[,，、\s]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : Number.NaN));
}

export function formValuesOf(content: Content): SurveyFormValues {
  return { content: { ...content, majors: content.majors.map((m) => ({ ...m, studentsPerGrade: m.studentsPerGrade.join(',') })) } };
}

export function contentOf(values: SurveyFormValues): TSurveyContent {
  const c = values.content;
  return {
    majors: (c.majors ?? []).map((m) => ({
      majorCode: m.majorCode,
      mode: m.mode,
      studentsPerGrade: gradesOf(m.studentsPerGrade),
      offeredSince: present(m.offeredSince),
    })),
    teachers: c.teachers ?? [],
    bases: (c.bases ?? []).map((b) => ({
      ...b,
      starLevel: present(b.starLevel),
      bookingTerms: present(b.bookingTerms),
      openToMembers: !!b.openToMembers,
    })),
    partners: (c.partners ?? []).map((p) => ({
      ...p,
      agreementTo: present(p.agreementTo),
      orderClass: !!p.orderClass,
      apprenticeship: !!p.apprenticeship,
    })),
    courses: (c.courses ?? []).map((course) => ({ ...course, majorCode: present(course.majorCode) })),
    noneToReport: c.noneToReport ?? [],
  };
}
