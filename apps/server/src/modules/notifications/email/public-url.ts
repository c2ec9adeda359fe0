import type { AppConfig } from '../../../kernel/config.js';

/** Where people reach the platform, for links in e-mails: PUBLIC_URL, else the local address it listens on. */
export function publicBaseUrl(config: AppConfig): string {
  const base = config.publicUrl ?? `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  return base.replace(/\/+$/, '');
}
