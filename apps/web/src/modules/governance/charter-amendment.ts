/**
 * What a charter-amendment agenda item proposes (章程第八条、第二十六条): the settings in force with the
 * secretariat's edits applied. The editor works on form values, where a cleared number is null and an unused
 * part of a period is 0; the contracts' schema wants those parts left out.
 */
import type { TCharterAmendmentProposal, TCharterVersion } from '@chanjiao/contracts/governance/charter';
import type { TCharterParameters, TPeriod, TVoteThreshold } from '@chanjiao/contracts/governance-rules';

export const AMENDABLE_VOTES = ['resolution', 'charterAmendment', 'termination', 'expulsion'] as const;
export const AMENDABLE_PERIODS = ['withdrawalNotice', 'expulsionBan', 'committeeTerm'] as const;

type FormPeriod = { years?: number | null; months?: number | null; days?: number | null };
type FormThreshold = { [K in keyof TVoteThreshold]?: TVoteThreshold[K] | null };

/** The part of the parameters the editor shows; everything else is carried over unchanged. */
export interface AmendmentFormValues {
  votes?: Partial<Record<(typeof AMENDABLE_VOTES)[number], FormThreshold>>;
  withdrawalNotice?: FormPeriod;
  expulsionBan?: FormPeriod;
  committeeTerm?: FormPeriod;
  unexcusedAbsencesForExpulsion?: number | null;
}

/** The editor's starting point: the charter in force. */
export function amendmentFormValues(parameters: TCharterParameters): AmendmentFormValues {
  return {
    votes: Object.fromEntries(AMENDABLE_VOTES.map((rule) => [rule, { ...parameters.votes[rule] }])),
    withdrawalNotice: { ...parameters.withdrawalNotice },
    expulsionBan: { ...parameters.expulsionBan },
    committeeTerm: { ...parameters.committeeTerm },
    unexcusedAbsencesForExpulsion: parameters.unexcusedAbsencesForExpulsion,
  };
}

/** A period without its empty parts; an all-empty period stays empty so that the server names the field. */
function periodOf(edited: FormPeriod | undefined, inForce: TPeriod): TPeriod {
  if (!edited) return inForce;
  const period: TPeriod = {};
  for (const unit of ['years', 'months', 'days'] as const) {
    const value = edited[unit];
    if (typeof value === 'number' && value > 0) period[unit] = value;
  }
  return period;
}

function thresholdOf(edited: FormThreshold | undefined, inForce: TVoteThreshold): TVoteThreshold {
  return {
    numerator: edited?.numerator ?? inForce.numerator,
    denominator: edited?.denominator ?? inForce.denominator,
    comparator: edited?.comparator ?? inForce.comparator,
    base: edited?.base ?? inForce.base,
  };
}

export function amendmentProposal(
  inForce: Pick<TCharterVersion, 'parameters' | 'chairRotation'>,
  edited: AmendmentFormValues,
  text: string | undefined,
): TCharterAmendmentProposal {
  const current = inForce.parameters;
  const parameters: TCharterParameters = {
    ...current,
    votes: {
      resolution: thresholdOf(edited.votes?.resolution, current.votes.resolution),
      charterAmendment: thresholdOf(edited.votes?.charterAmendment, current.votes.charterAmendment),
      termination: thresholdOf(edited.votes?.termination, current.votes.termination),
      expulsion: thresholdOf(edited.votes?.expulsion, current.votes.expulsion),
    },
    withdrawalNotice: periodOf(edited.withdrawalNotice, current.withdrawalNotice),
    expulsionBan: periodOf(edited.expulsionBan, current.expulsionBan),
    committeeTerm: periodOf(edited.committeeTerm, current.committeeTerm),
    unexcusedAbsencesForExpulsion: edited.unexcusedAbsencesForExpulsion ?? current.unexcusedAbsencesForExpulsion,
  };
  const wording = text?.trim();
  return { parameters, chairRotation: inForce.chairRotation, ...(wording ? { text: wording } : {}) };
}
