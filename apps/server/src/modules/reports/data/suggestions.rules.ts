/**
 * Figures of the quality report's form the platform can count from other records (docs/sources.md §9 R5 "totals per member
 * and year feed the quality report's 教师队伍 and 社会服务 figures"; 倡议书 三 师资互派、职业体验互动): each field with the
 * exchange figure it takes and the agreements behind it. A suggestion is offered beside the field; only the collector
 * puts it in.
 */
import type { TReportData, TReportSuggestion, TSuggestionSource } from '@chanjiao/contracts';

export interface ExchangeFigureInput {
  totals: {
    teacherDaysSent: number;
    teacherHoursSent: number;
    teacherDaysReceived: number;
    teacherHoursReceived: number;
    experienceActivities: number;
    experienceParticipants: number;
  };
  sources: TSuggestionSource[];
}

type Totals = ExchangeFigureInput['totals'];
type Path = { [S in keyof TReportData]: `${S & string}.${keyof TReportData[S] & string}` }[keyof TReportData];

/** Which form field takes which exchange figure, and which agreements count towards it. */
export const EXCHANGE_FIELDS: { path: Path; figure: keyof Totals; counts: (source: TSuggestionSource) => boolean }[] = [
  { path: 'teachers.exchangeDaysSent', figure: 'teacherDaysSent', counts: (s) => s.role === 'sent' },
  { path: 'teachers.exchangeHoursSent', figure: 'teacherHoursSent', counts: (s) => s.role === 'sent' },
  { path: 'teachers.exchangeDaysReceived', figure: 'teacherDaysReceived', counts: (s) => s.role === 'received' },
  { path: 'teachers.exchangeHoursReceived', figure: 'teacherHoursReceived', counts: (s) => s.role === 'received' },
  { path: 'service.experienceActivities', figure: 'experienceActivities', counts: (s) => s.role === 'hosted' },
  { path: 'service.experienceParticipants', figure: 'experienceParticipants', counts: (s) => s.role === 'hosted' },
];

/** Hours are recorded with decimals; the form keeps two. */
const twoDecimals = (value: number) => Math.round(value * 100) / 100;

/** One suggestion per field some agreement counts towards; none where the unit had no such exchange. */
export function exchangeSuggestions(figures: ExchangeFigureInput): TReportSuggestion[] {
  return EXCHANGE_FIELDS.flatMap(({ path, figure, counts }) => {
    const sources = figures.sources.filter(counts);
    return sources.length === 0 ? [] : [{ path, value: twoDecimals(figures.totals[figure]), sources }];
  });
}
