import type { AppConfig } from '../kernel/config.js';
import type { OptionSpec, ParsedArgs } from './args.js';
import type { CliIo } from './io.js';

export interface CliCommand {
  name: string;
  usage: string;
  summary: { zh: string; en: string };
  options: OptionSpec;
  /** Returns the process exit code. */
  run(args: ParsedArgs, config: AppConfig, io: CliIo): Promise<number>;
}
