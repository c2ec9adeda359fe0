/**
 * The key that seals second-factor secrets. Production must set SECRET_KEY (shared by every instance);
 * a development or demo start keeps a generated one in the data directory so restarts keep working.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AppConfig } from './config.js';

export function resolveSecretKey(config: AppConfig): string {
  if (config.secretKey) return config.secretKey;
  const file = path.join(config.database.dataDir, 'secret.key');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(config.database.dataDir, { recursive: true });
  const key = randomBytes(32).toString('hex');
  fs.writeFileSync(file, key, { mode: 0o600 });
  return key;
}
