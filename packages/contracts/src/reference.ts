import { z } from 'zod';

export const ZRegion = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(['province', 'city', 'district']),
  parentCode: z.string().nullable(),
});
export type TRegion = z.infer<typeof ZRegion>;

/**
 * 行政区划代码 (GB/T 2260): 2 digits province, 2 city, 2 district. A code's prefix covers everything
 * under it: 320000 → "32", 320500 → "3205", 310107 → "310107".
 */
export function regionPrefix(code: string): string {
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

export const ZMajor = z.object({
  level: z.string(),
  categoryCode: z.string(),
  categoryName: z.string(),
  classCode: z.string(),
  className: z.string(),
  code: z.string(),
  name: z.string(),
});
export type TMajor = z.infer<typeof ZMajor>;

/** The province and city codes a region code falls under: 310107 → 310000, 310100. */
export function regionAncestors(code: string): { provinceCode: string; cityCode: string } {
  return { provinceCode: `${code.slice(0, 2)}0000`, cityCode: code.endsWith('0000') ? code : `${code.slice(0, 4)}00` };
}

export function regionLevelOf(code: string): 'province' | 'city' | 'district' {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'district';
}
