/**
 * The platform's Content-Security-Policy forbids eval (docs/security.md). zod compiles object schemas with
 * `new Function` when it may, and finds out by trying once — which the browser reports as a policy violation
 * on every page that builds a schema. Its `jitless` setting skips the attempt. zod keeps its settings on
 * `globalThis.__zod_globalConfig`, shared by every copy of zod, so they are set here, before any page loads a
 * schema, without bringing zod itself into the application shell. zod-without-eval.test.ts checks that zod
 * still reads them there.
 */
const shared = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
shared.__zod_globalConfig ??= {};
shared.__zod_globalConfig.jitless = true;

export {};
