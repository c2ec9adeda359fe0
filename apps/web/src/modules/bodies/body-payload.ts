/**
 * Between the body form and the API. Creating omits what was left empty; editing sends null for an emptied
 * field, because for PATCH /api/bodies/:id an omitted (or blank) field means "leave it as it is".
 */
import type { BodyKind, TBody, TBodyInput, TBodyUpdate } from '@chanjiao/contracts/bodies';

export interface BodyFormValues {
  name?: string;
  shortName?: string;
  kind?: BodyKind;
  regionCode?: string | null;
  secretariatOrgId?: string | null;
  /** YYYY-MM-DD */
  foundedOn?: string | null;
  description?: string;
}

export function bodyFormValues(body: TBody): BodyFormValues {
  return {
    name: body.name,
    shortName: body.shortName ?? '',
    kind: body.kind,
    regionCode: body.regionCode,
    secretariatOrgId: body.secretariatOrg?.id ?? null,
    foundedOn: body.foundedOn,
    description: body.description ?? '',
  };
}

function filled(value: string | null | undefined): string | undefined {
  return value?.trim() || undefined;
}

export function bodyCreatePayload(values: BodyFormValues): TBodyInput {
  return {
    name: filled(values.name) ?? '',
    shortName: filled(values.shortName),
    kind: values.kind!,
    regionCode: filled(values.regionCode),
    secretariatOrgId: filled(values.secretariatOrgId),
    foundedOn: filled(values.foundedOn),
    description: filled(values.description),
  };
}

export function bodyUpdatePayload(values: BodyFormValues, version: number): TBodyUpdate {
  const orNull = (value: string | null | undefined) => filled(value) ?? null;
  return {
    name: filled(values.name) ?? '',
    shortName: orNull(values.shortName),
    kind: values.kind,
    regionCode: orNull(values.regionCode),
    secretariatOrgId: orNull(values.secretariatOrgId),
    foundedOn: orNull(values.foundedOn),
    description: orNull(values.description),
    version,
  };
}
