#!/usr/bin/env node
/**
 * `npx chanjiao <command>` / `npm run cli -- <command>`: runs the TypeScript CLI in this process through
 * tsx, so a password prompt talks to the terminal directly.
 */
import { register } from 'tsx/esm/api';

register();
await import('../apps/server/src/cli.ts');
