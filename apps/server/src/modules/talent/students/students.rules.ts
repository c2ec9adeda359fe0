/**
 * 学生信息清单 as aggregates (《本期聚焦：市域产教联合体》 “建立动态更新的…学生信息清单”; docs/sources.md §9 T1 “aggregates only … no personal data
 * in a list”): a school's figures per major and graduation year, and the sums the public view shows by major, by
 * level and by year.
 */
export interface StudentFigure {
  majorCode: string;
  majorName: string;
  level: string;
  graduationYear: number;
  students: number;
  seekingPlacement: number;
}

/** Those seeking a placement are some of the students, never more. */
export function seekingWithinStudents(figure: Pick<StudentFigure, 'students' | 'seekingPlacement'>): boolean {
  return figure.seekingPlacement <= figure.students;
}

export interface StudentSum {
  key: string;
  students: number;
  seekingPlacement: number;
}

/** Sums by a key (a major, a level, a year), largest first, then by key. */
export function sumStudentsBy(figures: StudentFigure[], key: (f: StudentFigure) => string): StudentSum[] {
  const sums = new Map<string, StudentSum>();
  for (const f of figures) {
    const k = key(f);
    const sum = sums.get(k) ?? { key: k, students: 0, seekingPlacement: 0 };
    sum.students += f.students;
    sum.seekingPlacement += f.seekingPlacement;
    sums.set(k, sum);
  }
  return [...sums.values()].sort((a, b) => b.students - a.students || a.key.localeCompare(b.key, 'zh-CN'));
}

/**
 * Headers that name a person's data (docs/sources.md §9 T1 “aggregates only … no personal data in a list”): a file of the student
 * list that carries any of them is refused whole, so no name or number is read, let alone kept.
 */
export const PERSONAL_DATA_HEADER =
  /姓名|名字|身份证|证件|学号|考生号|手机|电话|邮箱|出生|生日|性别|民族|住址|地址|家庭|籍贯|(full|student)\s*name|id\s*(card|no)|student\s*(id|no)|phone|mobile|e-?mail|birth|gender|address/i;
