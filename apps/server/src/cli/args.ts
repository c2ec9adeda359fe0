/** Option parsing per command, with readable bilingual messages for the mistakes people make. */
import { parseArgs } from 'node:util';
import { UsageError } from './io.js';

export type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parseCommandArgs(args: string[], options: OptionSpec): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    const message = (error as Error).message;
    throw new UsageError(`参数有误：${message}`, `Invalid arguments: ${message}`);
  }
}

export function requiredString(parsed: ParsedArgs, name: string): string {
  const value = parsed.values[name];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new UsageError(`缺少必填参数 --${name}`, `The option --${name} is required`);
  }
  return value.trim();
}
