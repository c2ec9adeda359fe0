/**
 * Between the liaison form and the API. Lists show phone and e-mail masked, so the edit form cannot start
 * from the real values: an empty field keeps what is recorded, and deleting a recorded value is an explicit
 * choice (sent as null), never the side effect of an empty field.
 */
import type { TLiaison, TLiaisonInput, TLiaisonUpdate } from '@chanjiao/contracts/bodies';

export interface LiaisonFormValues {
  orgId?: string;
  name?: string;
  title?: string;
  phone?: string;
  email?: string;
  clearPhone?: boolean;
  clearEmail?: boolean;
}

function filled(value: string | undefined): string | undefined {
  return value?.trim() || undefined;
}

export function liaisonCreatePayload(values: LiaisonFormValues): TLiaisonInput {
  return {
    orgId: values.orgId ?? '',
    name: filled(values.name) ?? '',
    title: filled(values.title) ?? '',
    phone: filled(values.phone),
    email: filled(values.email),
  };
}

export function liaisonEditValues(liaison: TLiaison): LiaisonFormValues {
  return { orgId: liaison.orgId, name: liaison.name, title: liaison.title ?? '', phone: '', email: '' };
}

function contactChange(typed: string | undefined, clear: boolean | undefined): string | null | undefined {
  if (filled(typed)) return filled(typed);
  return clear ? null : undefined;
}

export function liaisonUpdatePayload(values: LiaisonFormValues, version: number): TLiaisonUpdate {
  return {
    name: filled(values.name) ?? '',
    title: filled(values.title) ?? '',
    phone: contactChange(values.phone, values.clearPhone),
    email: contactChange(values.email, values.clearEmail),
    version,
  };
}
