import { EMAIL_TEXTS, isNotificationKind, type Locale, maskEmail, notificationKindOf, type TEmailDeliveryPage } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import * as repo from './deliveries.repository.js';

/** Deliveries by status, newest first; addresses masked (the administrator needs the domain, not the person). */
export async function listDeliveries(
  db: Executor,
  query: { status: repo.DeliveryRow['status']; page: number; pageSize: number },
  locale: Locale,
): Promise<TEmailDeliveryPage> {
  const { rows, total } = await repo.listDeliveries(db, query.status, query.pageSize, (query.page - 1) * query.pageSize);
  return {
    total,
    items: rows.map(({ delivery, username }) => ({
      id: delivery.id,
      username,
      address: maskEmail(delivery.address) ?? '',
      kindLabel: isNotificationKind(delivery.kind) ? notificationKindOf(delivery.kind).label[locale] : EMAIL_TEXTS.digestKind[locale],
      status: delivery.status,
      attempts: delivery.attempts,
      lastError: delivery.lastError,
      createdAt: delivery.createdAt.toISOString(),
    })),
  };
}
