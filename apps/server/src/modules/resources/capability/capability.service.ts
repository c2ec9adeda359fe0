/**
 * "Who can train X" over the dynamic resource database (docs/sources.md §9 R2): the members' published majors, bases and
 * courses found by catalogue codes, their enterprise partners by the distinctive words of the major's name, or
 * everything by free words; ranked by capability.rules.ts with every reason shown.
 */
import type { ResourceKind, TCapabilityQuery, TCapabilityResult } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { DomainError } from '../../../kernel/errors.js';
import type { Grant } from '../../../kernel/rbac/rbac.rules.js';
import { anyWordTsQuery, queryWords, searchTokens, tsQueryFor, wordsFoundIn } from '../../../kernel/search/segment.js';
import { majorClassesByCodes, majorsByCodes, regionNames } from '../../reference/index.js';
import { currentMembers } from '../access/access.repository.js';
import { requireSearcher } from '../access/access.service.js';
import { cityName } from '../access/city-names.js';
import * as repo from './capability.repository.js';
import { CAPABILITY_SCORING, type CandidateEntry, type CapabilityTarget, distinctiveWords, rankMembers } from './capability.rules.js';

type EntryRow = Awaited<ReturnType<typeof repo.entriesOfClass>>[number];

const candidate = (row: EntryRow, matched: string[]): CandidateEntry => ({
  orgId: row.orgId,
  kind: row.kind as ResourceKind,
  title: row.title,
  summary: row.summary,
  majorCode: row.majorCode,
  classCodes: row.classCodes.split(' ').filter(Boolean),
  workstations: row.workstations,
  matched,
});

/** A name's words and their parts (数控技术 → 数控, 技术, 数控技术), as the entries' tokens were cut. */
const nameWords = (name: string) => searchTokens(name).split(' ');

interface Resolved {
  target: CapabilityTarget;
  label: string;
  /** Words a partner's fields are matched by. */
  partnerWords: string[];
}

async function resolveTarget(db: Executor, query: TCapabilityQuery): Promise<Resolved> {
  if (query.majorCode) {
    const [major] = await majorsByCodes(db, [query.majorCode]);
    if (!major) throw new DomainError('RESOURCES_UNKNOWN_MAJORS', { codes: query.majorCode });
    return {
      target: { kind: 'major', majorCode: major.code, classCode: major.classCode },
      label: `${major.name}（${major.code}）`,
      partnerWords: distinctiveWords(nameWords(major.name)),
    };
  }
  if (query.classCode) {
    const [majorClass] = await majorClassesByCodes(db, [query.classCode]);
    if (!majorClass) throw new DomainError('RESOURCES_UNKNOWN_CLASSES', { codes: query.classCode });
    return {
      target: { kind: 'class', classCode: majorClass.classCode },
      label: `${majorClass.className}（${majorClass.classCode}）`,
      partnerWords: distinctiveWords(nameWords(majorClass.className.replace(/类$/, ''))),
    };
  }
  const words = queryWords(query.q ?? '');
  return { target: { kind: 'words', words }, label: query.q ?? '', partnerWords: words };
}

async function candidates(db: Executor, bodyId: string, resolved: Resolved): Promise<CandidateEntry[]> {
  const { target, partnerWords } = resolved;
  if (target.kind === 'words') {
    const tsQuery = tsQueryFor(target.words.join(' '));
    if (!tsQuery) return [];
    const rows = await repo.entriesMatching(db, bodyId, tsQuery, false);
    return rows.map((row) => candidate(row, wordsFoundIn(target.words, row.searchTokens)));
  }
  const partnerQuery = anyWordTsQuery(partnerWords);
  const [coded, partners] = await Promise.all([
    repo.entriesOfClass(db, bodyId, target.classCode),
    partnerQuery ? repo.entriesMatching(db, bodyId, partnerQuery, true) : [],
  ]);
  return [
    ...coded.map((row) => candidate(row, [])),
    ...partners.map((row) => candidate(row, wordsFoundIn(partnerWords, row.searchTokens))),
  ];
}

export async function whoCanTrain(db: Executor, grants: Grant[], bodyId: string, query: TCapabilityQuery): Promise<TCapabilityResult> {
  await requireSearcher(db, grants, bodyId);
  const resolved = await resolveTarget(db, query);
  const members = await currentMembers(db, bodyId);
  const orgIds = members.map((m) => m.id);
  const [entries, names] = await Promise.all([candidates(db, bodyId, resolved), regionNames(db)]);
  const byId = new Map(members.map((m) => [m.id, m]));
  const ranked = rankMembers(resolved.target, entries, orgIds).slice(0, query.limit);
  return {
    target: resolved.label,
    items: ranked.map((member) => {
      const org = byId.get(member.orgId)!;
      return {
        org: { id: org.id, name: org.name },
        city: org.cityCode ? { code: org.cityCode, name: cityName(names, org.cityCode) } : null,
        rank: member.rank,
        points: member.points,
        workstations: member.workstations,
        reasons: member.reasons.map((r) => ({
          kind: r.reason,
          entryKind: r.kind,
          title: r.title,
          summary: r.summary,
          matched: r.matched,
          points: r.points,
        })),
      };
    }),
    scoring: Object.entries(CAPABILITY_SCORING).map(([kind, rule]) => ({ kind: kind as keyof typeof CAPABILITY_SCORING, ...rule })),
  };
}
