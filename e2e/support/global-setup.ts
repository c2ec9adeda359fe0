/**
 * One platform for the whole run: starting it (migrations, demo data) costs more than any journey.
 * E2E_BASE_URL points the journeys at a platform already running instead (handy while writing one);
 * it must be in demo mode with fresh demo data.
 */
import type { TestProject } from 'vitest/node';
import { type Platform, startPlatform } from './platform.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let platform: Platform | undefined;

export async function setup(project: TestProject) {
  const running = process.env.E2E_BASE_URL;
  if (!running) platform = await startPlatform();
  project.provide('baseUrl', running ?? platform!.baseUrl);
}

export async function teardown() {
  await platform?.stop();
}
