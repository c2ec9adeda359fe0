/** The operations CLI (`npx chanjiao <command>`); see cli/run.ts for the commands. */
import { processIo } from './cli/io.js';
import { runCli } from './cli/run.js';

process.exitCode = await runCli(process.argv.slice(2), processIo());
