/**
 * How accepted survey answers become entries of the dynamic resource database (工作计划 一(一) 建成动态资源数据库):
 * a major with its mode and students, a training base with its workstations and star level, an enterprise partner
 * (章程第十五条(二) 校企合作数据库) with its fields and interns, an open course with its credits and seats.
 */
import { BASE_KINDS, COURSE_MODES, type ResourceKind, TRAINING_MODES, type TSurveyContent } from '@chanjiao/contracts';

export interface MajorInfo {
  name: string;
  classCode: string;
  className: string;
  categoryCode: string;
  categoryName: string;
}

export interface EntryDraft {
  kind: ResourceKind;
  title: string;
  summary: string;
  majorCode: string | null;
  classCodes: string[];
  categoryCodes: string[];
  mode: string | null;
  openToMembers: boolean;
  workstations: number;
  /** Words the entry is found by besides its title: major, class and category names, fields. */
  words: string[];
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const unique = (values: string[]) => [...new Set(values)];

/**
 * Majors, partners and the teachers' counts are the unit's own, shown to the body's members; bases and courses say
 * whether they are open to other members (倡议书 三: 实训设施共建共享), and only open courses are reported at all.
 */
export function entriesOf(content: TSurveyContent, majors: Map<string, MajorInfo>): EntryDraft[] {
  const majorWords = (code: string) => {
    const m = majors.get(code);
    return m ? [m.name, m.className, m.categoryName] : [code];
  };
  const classes = (codes: string[]) => unique(codes.map((code) => majors.get(code)?.classCode ?? code.slice(0, 4)));
  const categories = (codes: string[]) => unique(codes.map((code) => majors.get(code)?.categoryCode ?? code.slice(0, 2)));

  const fromMajors = content.majors.map<EntryDraft>((m) => ({
    kind: 'major',
    title: majors.get(m.majorCode)?.name ?? m.majorCode,
    summary: `${TRAINING_MODES[m.mode]['zh-CN']} · 在校生 ${sum(m.studentsPerGrade)} 人（${m.studentsPerGrade.join('/')}）`,
    majorCode: m.majorCode,
    classCodes: classes([m.majorCode]),
    categoryCodes: categories([m.majorCode]),
    mode: m.mode,
    openToMembers: true,
    workstations: 0,
    words: majorWords(m.majorCode),
  }));
  const fromBases = content.bases.map<EntryDraft>((b) => ({
    kind: 'base',
    title: b.name,
    summary: [
      BASE_KINDS[b.kind]['zh-CN'],
      `工位 ${b.workstations} 个`,
      b.starLevel ? `${b.starLevel} 星级` : null,
      b.openToMembers ? '向成员开放' : '暂不开放',
      b.bookingTerms ?? null,
    ]
      .filter(Boolean)
      .join(' · '),
    majorCode: b.majorCodes[0] ?? null,
    classCodes: classes(b.majorCodes),
    categoryCodes: categories(b.majorCodes),
    mode: null,
    openToMembers: b.openToMembers,
    workstations: b.workstations,
    words: b.majorCodes.flatMap(majorWords),
  }));
  const fromPartners = content.partners.map<EntryDraft>((p) => ({
    kind: 'partner',
    title: p.name,
    summary: [
      p.fields,
      `协议自 ${p.agreementFrom}${p.agreementTo ? ` 至 ${p.agreementTo}` : ''}`,
      `接收实习生 ${p.internsHosted} 人`,
      p.orderClass ? '订单班' : null,
      p.apprenticeship ? '学徒制' : null,
    ]
      .filter(Boolean)
      .join(' · '),
    majorCode: null,
    classCodes: [],
    categoryCodes: [],
    mode: null,
    openToMembers: false,
    workstations: 0,
    words: [p.fields, p.uscc],
  }));
  const fromCourses = content.courses.map<EntryDraft>((c) => ({
    kind: 'course',
    title: c.name,
    summary: `${c.credits} 学分 · ${c.hours} 学时 · ${COURSE_MODES[c.mode]['zh-CN']} · 名额 ${c.seats}`,
    majorCode: c.majorCode ?? null,
    classCodes: c.majorCode ? classes([c.majorCode]) : [],
    categoryCodes: c.majorCode ? categories([c.majorCode]) : [],
    mode: null,
    openToMembers: true,
    workstations: 0,
    words: c.majorCode ? majorWords(c.majorCode) : [],
  }));
  return [...fromMajors, ...fromBases, ...fromPartners, ...fromCourses];
}
