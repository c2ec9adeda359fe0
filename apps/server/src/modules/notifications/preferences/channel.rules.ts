/**
 * Which way a message of a kind reaches a user beyond the inbox: the user's choice, else the kind's default;
 * e-mail and digest only when the platform can send e-mail and the user has an address.
 */
import type { DeliveryChannel } from '@chanjiao/contracts';

export function effectiveChannel(options: {
  chosen: DeliveryChannel | undefined;
  kindDefault: DeliveryChannel;
  emailEnabled: boolean;
  hasAddress: boolean;
}): DeliveryChannel {
  const wanted = options.chosen ?? options.kindDefault;
  if (wanted === 'inbox' || !options.emailEnabled || !options.hasAddress) return 'inbox';
  return wanted;
}
