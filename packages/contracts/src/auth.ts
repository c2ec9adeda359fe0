import { z } from 'zod';

export const ZLoginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
  totpCode: z.string().trim().max(10).optional(),
});
export type TLoginBody = z.infer<typeof ZLoginBody>;

export const ZGrant = z.object({
  role: z.string(),
  scopeType: z.enum(['system', 'org', 'body']),
  scopeId: z.string().nullable(),
  scopeName: z.string().nullable(),
});

export const ZMe = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    isDemo: z.boolean(),
    totpEnabled: z.boolean(),
    mustChangePassword: z.boolean(),
    preferredLocale: z.string(),
  }),
  roles: z.array(ZGrant),
  permissions: z.array(z.string()),
  /** The user holds an administrator role and has not enrolled a second factor. */
  totpEnrolmentRequired: z.boolean(),
  /** Demo mode lets demo administrators skip enrolment; the UI shows a banner. */
  demoMode: z.boolean(),
  csrfToken: z.string(),
});
export type TMe = z.infer<typeof ZMe>;

export const ZChangePasswordBody = z.object({
  currentPassword: z.string().min(1),
  newPassword: z.string().min(1).max(256),
});

export const ZTotpBegin = z.object({ secret: z.string(), uri: z.string(), qrDataUrl: z.string() });
export const ZTotpConfirmBody = z.object({ code: z.string().trim().min(6).max(8) });
export const ZLocaleBody = z.object({ locale: z.enum(['zh-CN', 'en-US']) });
