/**
 * Who a teacher is across the records that name one (issue 10: "Students and teachers are personal data"): the name a
 * unit gave, on its exchange agreements as the sending unit and on the cross-selected courses it hosts. One name of one
 * unit is one person; their id is the id of the earliest record naming them, so it stays when later records are added
 * and an erasure made under it is found again.
 */
export interface RecordNamingTeacher {
  id: string;
  orgId: string;
  name: string;
  phone: string | null;
  createdAt: Date;
}

export interface TeacherRecords<A, C> {
  id: string;
  orgId: string;
  name: string;
  phone: string | null;
  agreements: A[];
  courses: C[];
}

interface Named<T> {
  record: T;
  naming: RecordNamingTeacher;
}

const earlier = (a: RecordNamingTeacher, b: RecordNamingTeacher) =>
  a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The teachers the records name, each with their records, in the order they were first named. */
export function groupTeachers<A, C>(agreements: Named<A>[], courses: Named<C>[]): TeacherRecords<A, C>[] {
  const byName = new Map<string, TeacherRecords<A, C> & { first: RecordNamingTeacher }>();
  const add = (naming: RecordNamingTeacher, put: (group: TeacherRecords<A, C>) => void) => {
    const key = `${naming.orgId}\u0000${naming.name}`;
    let group = byName.get(key);
    if (!group) {
      group = { id: naming.id, orgId: naming.orgId, name: naming.name, phone: null, agreements: [], courses: [], first: naming };
      byName.set(key, group);
    } else if (earlier(naming, group.first) < 0) {
      group.first = naming;
      group.id = naming.id;
    }
    group.phone ??= naming.phone;
    put(group);
  };
  for (const { record, naming } of agreements) add(naming, (group) => group.agreements.push(record));
  for (const { record, naming } of courses) add(naming, (group) => group.courses.push(record));
  return [...byName.values()].sort((a, b) => earlier(a.first, b.first)).map(({ first: _first, ...group }) => group);
}
