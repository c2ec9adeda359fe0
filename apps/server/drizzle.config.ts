import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/**/*.table.ts',
  out: './migrations',
  casing: 'snake_case',
  // Timestamped names (20261206021500_…) so that migrations written in parallel branches do not collide on a number;
  // the ones before this change keep their 0000–0012 names.
  migrations: { prefix: 'timestamp' },
});
