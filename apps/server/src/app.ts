/** Builds the HTTP application from its dependencies; main.ts, the CLI and the tests all use it. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import { installAuditKeys } from './kernel/audit/audit-keys.js';
import type { AppDeps } from './kernel/deps.js';
import { warmUpDocuments } from './kernel/documents/index.js';
import { DomainError } from './kernel/errors.js';
import { errorBody, makeErrorHandler } from './kernel/http/error-handler.js';
import { healthRoutes } from './kernel/http/health.routes.js';
import { kernelPlugin } from './kernel/http/kernel-plugin.js';
import { openApiTransforms } from './kernel/http/openapi.js';
import { apiDocsPolicy, securityHeaders } from './kernel/http/security-headers.js';
import { rejectNulCharacters } from './kernel/http/text-input.js';
import { zodValidatorCompiler } from './kernel/http/validation.js';
import { MODULE_ROUTES } from './modules/index.js';

export type { AppDeps } from './kernel/deps.js';

const DEFAULT_WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export async function buildApp(deps: AppDeps, options: { logger?: boolean | object } = {}): Promise<FastifyInstance> {
  const { config } = deps;
  installAuditKeys(deps.secretKey);
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    trustProxy: config.trustProxy,
    genReqId: () => randomUUID(),
    // JSON bodies are small; files arrive as multipart, whose own limit (below) is the upload size.
    bodyLimit: config.jsonBodyMaxBytes,
  });
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(makeErrorHandler({ uploadBytes: config.uploadMaxBytes, bodyBytes: config.jsonBodyMaxBytes }));

  await securityHeaders(app, config);
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyMultipart, { limits: { fileSize: config.uploadMaxBytes, files: 1, fields: 10 } });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Chanjiao 产教协同平台 API',
        version: '0.1.0',
        description: '所有接口均以 zod 模式定义；写操作需携带 X-CSRF-Token（Cookie 会话）或 Bearer 令牌。',
      },
      components: {
        securitySchemes: {
          cookie: { type: 'apiKey', in: 'cookie', name: 'cj_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    ...openApiTransforms(),
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true, transformStaticCSP: apiDocsPolicy(config) });
  await app.register(kernelPlugin, {
    db: deps.database.db,
    config,
    secretKey: deps.secretKey,
    clock: deps.clock,
  });

  app.addHook('preValidation', rejectNulCharacters);

  await healthRoutes(app, deps);
  app.get('/api/openapi.json', { config: { policy: { public: true } }, schema: { hide: true } }, async () => app.swagger());
  for (const register of MODULE_ROUTES) await register(app, deps);

  await serveWeb(app, config.webDistDir ?? DEFAULT_WEB_DIST);
  if (config.documentsWarmUp) warmUpAfterListening(app);
  return app;
}

/**
 * Once the server answers, the document renderers load in the background: not awaited, so neither start-up nor
 * listen() waits for them, and a few seconds later, so that loading them (a second of CPU for the CJK fonts) does
 * not slow the readiness probes and first requests of a fresh instance. A missing font is reported when a PDF is
 * asked for, with the fix in the message.
 */
const WARM_UP_DELAY_MS = 3000;

function warmUpAfterListening(app: FastifyInstance) {
  app.addHook('onListen', (done) => {
    done();
    setTimeout(() => {
      const started = Date.now();
      warmUpDocuments().then(
        () => app.log.info({ ms: Date.now() - started }, 'document renderers warmed up'),
        (error: unknown) => app.log.warn({ err: error }, 'document renderers not warmed up in advance'),
      );
    }, WARM_UP_DELAY_MS).unref();
  });
}

/** Bundles Vite names by their content hash (`assets/index-3f9a1c2b.js`): a changed file gets a new name. */
const HASHED_ASSETS_DIR = 'assets';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const OTHER_STATIC = 'public, max-age=3600';

/**
 * The built web UI, with client-side routes falling back to index.html; unknown API paths stay JSON 404s.
 * index.html is revalidated on every load, so a new release is picked up at once; the hashed bundles it names
 * are cached for a year without revalidation, since a new release names new files.
 */
async function serveWeb(app: FastifyInstance, distDir: string) {
  const hasWeb = fs.existsSync(path.join(distDir, 'index.html'));
  if (hasWeb) {
    const assets = path.join(distDir, HASHED_ASSETS_DIR) + path.sep;
    await app.register(fastifyStatic, {
      root: distDir,
      wildcard: false,
      index: false,
      cacheControl: false,
      setHeaders: (reply, file) => {
        const policy = path.basename(file) === 'index.html' ? 'no-cache' : file.startsWith(assets) ? IMMUTABLE : OTHER_STATIC;
        void reply.header('Cache-Control', policy);
      },
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const isApi = request.url.startsWith('/api/');
    if (!isApi && hasWeb && request.method === 'GET') {
      const file = request.url.split('?')[0]!.slice(1);
      if (file && fs.existsSync(path.join(distDir, file)) && !file.includes('..')) return reply.sendFile(file);
      return reply.sendFile('index.html');
    }
    const error = new DomainError('ROUTE_NOT_FOUND', { path: request.url.split('?')[0] });
    return reply.status(404).send(errorBody(error, request.locale ?? 'zh-CN', request.id));
  });
}
