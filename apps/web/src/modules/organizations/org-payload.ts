/** Between the organisation form's values and the API's body. */
import { SCHOOL_ORG_TYPES, type OrgType, type SchoolLevel, type TOrg } from '@chanjiao/contracts/organizations';

export interface OrgFormValues {
  name: string;
  shortName?: string;
  uscc?: string;
  type?: OrgType;
  level?: SchoolLevel | null;
  regionCode?: string;
  address?: string;
  legalRepresentative?: string;
  website?: string;
  description?: string;
}

export function orgFormValues(org: TOrg): OrgFormValues {
  return {
    name: org.name,
    shortName: org.shortName ?? '',
    uscc: org.uscc ?? '',
    type: org.type,
    level: org.level,
    regionCode: org.regionCode,
    address: org.address ?? '',
    legalRepresentative: org.legalRepresentative ?? '',
    website: org.website ?? '',
    description: org.description ?? '',
  };
}

export function isSchoolType(type: OrgType | undefined): boolean {
  return !!type && SCHOOL_ORG_TYPES.includes(type);
}

/**
 * Text fields go as typed (an emptied field as "", which the server reads as "cleared"); the level only for
 * schools, since other organisations have none.
 */
export function orgPayload(values: OrgFormValues) {
  const text = (value: string | undefined) => value?.trim() ?? '';
  return {
    name: text(values.name),
    shortName: text(values.shortName),
    uscc: text(values.uscc).toUpperCase(),
    type: values.type!,
    level: isSchoolType(values.type) ? (values.level ?? null) : null,
    regionCode: values.regionCode!,
    address: text(values.address),
    legalRepresentative: text(values.legalRepresentative),
    website: text(values.website),
    description: text(values.description),
  };
}
