/**
 * Turns whatever a spreadsheet cell holds into the text a user typed or saw. Codes stay codes:
 * 310107 typed as a number comes back as "310107", not "310107.0" or "3.10107E5".
 */

/** Invisible characters Excel users paste from web pages and chat apps along with the visible text. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  // Excel shows 15 significant digits; binary noise beyond them is not what the user entered.
  return String(Number(value.toPrecision(15)));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Spreadsheet dates carry no zone; exceljs reads them as UTC, so UTC fields are the ones the user typed. */
function dateText(value: Date): string {
  const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  const hasTime = value.getUTCHours() + value.getUTCMinutes() + value.getUTCSeconds() > 0;
  return hasTime ? `${day} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}` : day;
}

function objectText(value: Record<string, unknown>): string | null {
  if (Array.isArray(value.richText)) {
    return (value.richText as { text?: unknown }[]).map((run) => (typeof run.text === 'string' ? run.text : '')).join('');
  }
  if ('formula' in value || 'sharedFormula' in value) return rawCellText(value.result);
  if (typeof value.text === 'string' || typeof value.text === 'object') return rawCellText(value.text);
  if (typeof value.error === 'string') return value.error;
  return null;
}

function rawCellText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dateText(value);
  if (typeof value === 'object') return objectText(value as Record<string, unknown>);
  return null;
}

/** The cell's text, trimmed; null for an empty cell or one holding only spaces. */
export function cellText(value: unknown): string | null {
  const text = rawCellText(value);
  if (text === null) return null;
  const cleaned = text
    .replace(INVISIBLE, '')
    .replace(/\u00a0/g, ' ')
    .trim();
  return cleaned === '' ? null : cleaned;
}
