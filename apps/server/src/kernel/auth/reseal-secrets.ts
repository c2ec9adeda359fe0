/**
 * Second-factor secrets sealed before keys were derived with HKDF (`v1`) are re-sealed at start, once: after the
 * first start there are none left and the step finds nothing. The re-sealing is audited with the number of
 * accounts. The secrets themselves do not change, so nobody has to enrol their authenticator again.
 */
import type { Database } from '../db/database.js';
import { recordAudit, SYSTEM_ACTOR } from '../audit/audit.service.js';
import { sealedSecretsWithPrefix, storeSealedSecrets } from './auth.repository.js';
import { isLegacySealed, openLegacySecret, sealSecret } from './sealed-secret.js';

/** Returns how many accounts had their secrets re-sealed. */
export async function resealLegacySecrets(db: Database, secretKey: string): Promise<number> {
  return db.transaction(async (tx) => {
    const legacy = await sealedSecretsWithPrefix(tx, 'v1.');
    if (legacy.length === 0) return 0;
    const reseal = (sealed: string | null) =>
      sealed !== null && isLegacySealed(sealed) ? sealSecret(openLegacySecret(sealed, secretKey), secretKey) : sealed;
    for (const account of legacy) {
      await storeSealedSecrets(tx, {
        id: account.id,
        totpSecret: reseal(account.totpSecret),
        totpPendingSecret: reseal(account.totpPendingSecret),
      });
    }
    await recordAudit(tx, SYSTEM_ACTOR, {
      action: 'auth.totp.reseal',
      entityType: 'user',
      details: { accounts: legacy.length, from: 'v1 (SHA-256 of SECRET_KEY)', to: 'v2 (HKDF-SHA-256, totp-secret)' },
    });
    return legacy.length;
  });
}
