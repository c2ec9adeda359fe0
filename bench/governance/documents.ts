/**
 * Certificate PDF and bulletin DOCX through the API (target: each under 1 s). "First in process" is the first
 * download of its kind from a freshly started server — it pays for loading the document libraries and, for the PDF,
 * parsing the CJK font, unless the start-up warm-up (DOCUMENTS_WARM_UP, run right after listen) has done it first:
 * with `settleSeconds` the first download waits that long after the server is ready, as a real first user would;
 * without, it races the warm-up. "Warm" are the downloads after it in the same process.
 */
import { performance } from 'node:perf_hooks';
import { startChildServer } from '../lib/child-server.js';
import { loginForToken } from '../orgs-list/http.js';

export interface DocumentTimes {
  label: string;
  firstMs: number;
  warmMs: number[];
  bytes: number;
}

async function timedDownload(origin: string, path: string, headers: Record<string, string>, contentType: string) {
  const start = performance.now();
  const response = await fetch(`${origin}${path}`, { headers });
  const body = await response.arrayBuffer();
  const ms = performance.now() - start;
  if (!response.ok || !response.headers.get('content-type')?.startsWith(contentType)) {
    throw new Error(
      `GET ${path}: ${response.status} ${response.headers.get('content-type')} ${Buffer.from(body).toString('utf8').slice(0, 300)}`,
    );
  }
  return { ms, bytes: body.byteLength };
}

export async function timeDocument(
  appServerScript: string,
  databaseUrl: string,
  login: { username: string; password: string },
  document: { label: string; path: string; contentType: string },
  warmRuns: number,
  settleSeconds = 0,
): Promise<DocumentTimes> {
  const server = await startChildServer({ script: appServerScript, env: { BENCH_DATABASE_URL: databaseUrl, BENCH_PROFILE: '0' } });
  try {
    const headers = { authorization: `Bearer ${await loginForToken(server.origin, login.username, login.password)}` };
    if (settleSeconds > 0) await new Promise((resolve) => setTimeout(resolve, settleSeconds * 1000));
    const first = await timedDownload(server.origin, document.path, headers, document.contentType);
    const warmMs: number[] = [];
    for (let run = 0; run < warmRuns; run += 1) {
      warmMs.push((await timedDownload(server.origin, document.path, headers, document.contentType)).ms);
    }
    const label = settleSeconds > 0 ? `${document.label}, first ${settleSeconds} s after start` : `${document.label}, first at start`;
    return { label, firstMs: first.ms, warmMs, bytes: first.bytes };
  } finally {
    await server.stop();
  }
}
