/**
 * PostgreSQL's text cannot hold U+0000, so a NUL character anywhere in a request would fail deep inside a
 * statement and come back as a 500. It is refused before the route runs, with 400 naming each field it is in.
 */
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { RequestValidationError } from './validation.js';

const NUL = '\u0000';
/** Enough to name the fields to fix; a request full of NULs needs no longer list. */
const MAX_REPORTED = 20;
const MAX_DEPTH = 64;

function collectNulPaths(value: unknown, path: PropertyKey[], found: PropertyKey[][], depth: number): void {
  if (found.length >= MAX_REPORTED || depth > MAX_DEPTH) return;
  if (typeof value === 'string') {
    if (value.includes(NUL)) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => collectNulPaths(item, [...path, index], found, depth + 1));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes(NUL)) found.push([...path, key]);
      collectNulPaths(item, [...path, key], found, depth + 1);
    }
  }
}

export async function rejectNulCharacters(request: FastifyRequest): Promise<void> {
  const parts: [string, unknown][] = [
    ['params', request.params],
    ['querystring', request.query],
    ['body', request.body],
  ];
  for (const [part, value] of parts) {
    const found: PropertyKey[][] = [];
    collectNulPaths(value, [], found, 0);
    if (found.length === 0) continue;
    const issues = found.map((path) => ({ code: 'custom', path, message: 'i18n:NUL_CHARACTER', input: undefined }));
    throw new RequestValidationError(part, issues as unknown as z.core.$ZodIssue[]);
  }
}
