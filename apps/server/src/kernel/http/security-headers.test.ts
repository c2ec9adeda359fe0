/**
 * Security headers on every response (OWASP ASVS 5.0 V3.4) and the caching of the web app: index.html
 * revalidated on every load, content-hashed bundles cached for good, API answers never stored.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { testConfig } from '../config.js';
import { systemClock } from '../time/clock.js';

function directives(header: string | string[] | number | undefined): Map<string, string> {
  return new Map(
    String(header)
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => [part.split(/\s+/)[0]!, part.slice(part.split(/\s+/)[0]!.length).trim()]),
  );
}

describe('security headers and caching', () => {
  let database: TestDatabase;
  let web: string;
  let app: FastifyInstance;
  let httpsApp: FastifyInstance;

  beforeAll(async () => {
    database = await createTestDatabase();
    web = fs.mkdtempSync(path.join(os.tmpdir(), 'cj-web-'));
    fs.mkdirSync(path.join(web, 'assets'));
    fs.writeFileSync(path.join(web, 'index.html'), '<!doctype html><script type="module" src="/assets/index-3f9a1c2b.js"></script>');
    fs.writeFileSync(path.join(web, 'assets', 'index-3f9a1c2b.js'), 'console.log(1)');
    fs.writeFileSync(path.join(web, 'favicon.svg'), '<svg/>');
    const deps = (publicUrl?: string) => ({
      config: testConfig({ webDistDir: web, publicUrl }),
      database: database.handle,
      clock: systemClock,
      secretKey: 'headers-test-secret-0123456789abcdef0123',
    });
    app = await buildApp(deps(), { logger: false });
    httpsApp = await buildApp(deps('https://chanjiao.example.edu.cn'), { logger: false });
  });
  afterAll(async () => {
    await app?.close();
    await httpsApp?.close();
    await database?.dispose();
    fs.rmSync(web, { recursive: true, force: true });
  });

  it('serves the web app under a Content-Security-Policy that keeps scripts to this origin and refuses framing', async () => {
    const page = await app.inject({ method: 'GET', url: '/organizations' });
    expect(page.statusCode).toBe(200);
    const csp = directives(page.headers['content-security-policy']);
    expect(Object.fromEntries(csp)).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'script-src-attr': "'none'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data: blob:",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'self'",
      'form-action': "'self'",
      'frame-ancestors': "'none'",
    });
    expect(csp.has('upgrade-insecure-requests')).toBe(false);
    expect(page.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
    });
    expect(page.headers['strict-transport-security']).toBeUndefined();
  });

  it('revalidates index.html on every load and caches hashed bundles for good', async () => {
    for (const url of ['/', '/organizations', '/index.html']) {
      expect((await app.inject({ method: 'GET', url })).headers['cache-control'], url).toBe('no-cache');
    }
    const bundle = await app.inject({ method: 'GET', url: '/assets/index-3f9a1c2b.js' });
    expect(bundle.statusCode).toBe(200);
    expect(bundle.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await app.inject({ method: 'GET', url: '/favicon.svg' })).headers['cache-control']).toBe('public, max-age=3600');
  });

  it('keeps API answers out of caches and gives them the same headers', async () => {
    const regions = await app.inject({ method: 'GET', url: '/api/reference/regions' });
    expect(regions.statusCode).toBe(200);
    expect(regions.headers).toMatchObject({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' });
  });

  it('gives the API documentation its own policy, as strict about framing', async () => {
    const docs = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(docs.statusCode).toBe(200);
    const csp = directives(docs.headers['content-security-policy']);
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('script-src')).toMatch(/^'self'/);
    expect(csp.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(csp.has('upgrade-insecure-requests')).toBe(false);
  });

  it('adds HSTS and upgrades insecure requests when the platform is served over HTTPS', async () => {
    const page = await httpsApp.inject({ method: 'GET', url: '/' });
    expect(page.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(directives(page.headers['content-security-policy']).has('upgrade-insecure-requests')).toBe(true);
    const docs = await httpsApp.inject({ method: 'GET', url: '/api/docs' });
    expect(directives(docs.headers['content-security-policy']).has('upgrade-insecure-requests')).toBe(true);
  });
});
