/**
 * Which body a talent page is about. The user's own bodies are those whose secretariat they serve, those their
 * organisation currently belongs to and those their organisation runs the secretariat of. A body named in the address
 * wins (so a shared link opens the same body); otherwise the user's only own body, or of several the one whose
 * secretariat they serve, else a consortium (the exchange is 市域产教联合体's 指标3), else the first; a user without one
 * (the platform's or an authority's staff) starts at the first consortium. The picker is offered only where there is a
 * choice to make: several own bodies, none, or an address naming a body outside them.
 */
import type { TBodySummary } from '@chanjiao/contracts/bodies';

export interface TalentBodyFacts {
  /** `?body=` of the address. */
  chosen: string | null;
  /** Bodies the user serves through a body-scoped role. */
  servedBodyIds: string[];
  /** Organisations the user acts for through an organisation-scoped role. */
  orgIds: string[];
  /** Bodies those organisations currently belong to. */
  memberOfBodyIds: string[];
  bodies: TBodySummary[];
}

export interface TalentBodyChoice {
  bodyId: string | undefined;
  own: TBodySummary[];
  /** What the picker lists, or null when there is nothing to choose. */
  pickerOptions: TBodySummary[] | null;
}

export function chooseTalentBody(facts: TalentBodyFacts): TalentBodyChoice {
  const ownIds = new Set([...facts.servedBodyIds, ...facts.memberOfBodyIds]);
  const served = new Set(facts.servedBodyIds);
  const rank = (body: TBodySummary) => (served.has(body.id) ? 0 : body.kind === 'consortium' ? 1 : 2);
  const own = facts.bodies
    .filter((body) => ownIds.has(body.id) || (!!body.secretariatOrg && facts.orgIds.includes(body.secretariatOrg.id)))
    .sort((a, b) => rank(a) - rank(b));
  const fallback = own[0]?.id ?? facts.bodies.find((body) => body.kind === 'consortium')?.id ?? facts.bodies[0]?.id;
  const bodyId = facts.chosen ?? fallback;
  const outsideOwn = own.length === 0 || (!!facts.chosen && !own.some((body) => body.id === facts.chosen));
  const pickerOptions = outsideOwn ? facts.bodies : own.length > 1 ? own : null;
  return { bodyId, own, pickerOptions };
}
