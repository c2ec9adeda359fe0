/**
 * The first registration of a charter (章程第二十九条): the form's values become the request body. The voting
 * rules and periods start from the model charter's and are edited with the amendment editor's fields, so the
 * same conversion (cleared numbers, empty period parts) applies.
 */
import { DEFAULT_CHAIR_ROTATION, type TChairRotationRule, type TCharterRegistration } from '@chanjiao/contracts/governance/charter';
import { DEFAULT_CHARTER_PARAMETERS } from '@chanjiao/contracts/governance-rules';
import { type AmendmentFormValues, amendmentFormValues, amendmentProposal } from './charter-amendment';

export interface RegistrationFormValues {
  charterTitle?: string;
  effectiveOn?: string;
  adoptionBasis?: string;
  text?: string;
  chairRotation?: Partial<TChairRotationRule>;
  parameters?: AmendmentFormValues;
}

export function registrationFormValues(bodyName: string | undefined): RegistrationFormValues {
  return {
    charterTitle: bodyName ? `${bodyName}章程` : undefined,
    chairRotation: { ...DEFAULT_CHAIR_ROTATION },
    parameters: amendmentFormValues(DEFAULT_CHARTER_PARAMETERS),
  };
}

/** Missing texts stay missing (the schema names them); the settings fall back to the model charter's. */
export function registrationPayload(values: RegistrationFormValues): TCharterRegistration {
  const model = { parameters: DEFAULT_CHARTER_PARAMETERS, chairRotation: DEFAULT_CHAIR_ROTATION };
  const { parameters } = amendmentProposal(model, values.parameters ?? {}, undefined);
  return {
    charterTitle: values.charterTitle ?? '',
    effectiveOn: values.effectiveOn ?? '',
    adoptionBasis: values.adoptionBasis ?? '',
    text: values.text ?? '',
    parameters,
    chairRotation: {
      termYears: values.chairRotation?.termYears ?? DEFAULT_CHAIR_ROTATION.termYears,
      basis: values.chairRotation?.basis ?? DEFAULT_CHAIR_ROTATION.basis,
    },
  };
}
