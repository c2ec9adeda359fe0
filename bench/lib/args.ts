/** `--name=value` and `--flag` command-line options with defaults, for the benchmark scripts. */
export function numberOption(name: string, fallback: number): number {
  const raw = process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number, got ${raw}`);
  return value;
}

export function flagOption(name: string): boolean {
  return process.argv.includes(`--${name}`);
}
