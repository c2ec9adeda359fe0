/**
 * Response headers that keep the browser on the platform's side (OWASP ASVS 5.0 V3.4, 等保2.0 安全计算环境
 * 入侵防范), set by @fastify/helmet on every response:
 * - a Content-Security-Policy the web app works under: scripts, fonts and connections from this origin only;
 *   styles also inline, because Ant Design's CSS-in-JS writes its styles into <style> elements at run time;
 *   images also as data: and blob: URLs (the second-factor QR code, file previews); no plug-ins, no <base>
 *   elsewhere, forms posting only here, and no framing by anyone (`frame-ancestors 'none'`, X-Frame-Options);
 * - `X-Content-Type-Options: nosniff`, `Referrer-Policy: no-referrer`, same-origin opener and resource policies;
 * - HSTS, and upgrading insecure requests, only when the platform is served over HTTPS (PUBLIC_URL), since on a
 *   plain-HTTP laptop start they would send the browser to an address that does not answer.
 * The API documentation at /api/docs has its own policy (from @fastify/swagger-ui, with the hashes of its inline
 * parts), made as strict about framing. API responses are never stored by caches.
 */
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../config.js';

export function servedOverHttps(config: AppConfig): boolean {
  return config.publicUrl?.startsWith('https://') ?? false;
}

export async function securityHeaders(app: FastifyInstance, config: AppConfig): Promise<void> {
  const https = servedOverHttps(config);
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    hsts: https ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs') && !reply.hasHeader('cache-control')) {
      void reply.header('Cache-Control', 'no-store');
    }
  });
}

/**
 * The policy of the API documentation pages: swagger-ui's own (its scripts allowed by hash), with framing refused,
 * nothing loaded from other sites, inline styles allowed as for the app (swagger-ui writes some at run time), and
 * HTTP kept as it is unless the platform is served over HTTPS.
 */
export function apiDocsPolicy(config: AppConfig): (header: string) => string {
  const https = servedOverHttps(config);
  const replaced: Record<string, string> = {
    'frame-ancestors': "'none'",
    'style-src': "'self' 'unsafe-inline'",
    'font-src': "'self' data:",
    'img-src': "'self' data:",
  };
  return (header) =>
    header
      .split(';')
      .map((directive) => directive.trim())
      .filter((directive) => directive && (https || directive !== 'upgrade-insecure-requests'))
      .map((directive) => {
        const name = directive.split(/\s+/)[0]!;
        return name in replaced ? `${name} ${replaced[name]}` : directive;
      })
      .join('; ');
}
