/**
 * The OpenAPI document (`/api/openapi.json`) names the contracts' schemas as components, so that a schema used
 * by many routes (an organisation, a call, an application) is written once and the web's generated types
 * (`npm run api:generate`) carry its name instead of a copy per route.
 */
import * as contracts from '@chanjiao/contracts';
import { createJsonSchemaTransform, createJsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';

/**
 * Every `Z<Thing>` schema of the contracts under the component name `<Thing>`. Parameters and query strings (`…Params`, `…Query`, `…Filter`)
 * stay inline, as OpenAPI lists them one parameter at a time. The library names a schema's request variant
 * `<Thing>Input`, so a schema already called `…Input` is registered as `…Payload` to keep the names apart.
 */
export function contractSchemaRegistry(): z.core.$ZodRegistry<{ id: string }> {
  const registry = z.registry<{ id: string }>();
  // Sorted, so that the document is the same whichever way the contracts were loaded (tsx, vitest).
  for (const [name, value] of Object.entries(contracts).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!(value instanceof z.ZodType) || !/^Z[A-Z]/.test(name) || /(Params|Query|Filter)$/.test(name)) continue;
    const id = name.slice(1).replace(/Input$/, 'Payload');
    registry.add(value, { id });
  }
  return registry;
}

export function openApiTransforms() {
  const schemaRegistry = contractSchemaRegistry();
  return {
    transform: createJsonSchemaTransform({ schemaRegistry }),
    transformObject: createJsonSchemaTransformObject({ schemaRegistry }),
  };
}
