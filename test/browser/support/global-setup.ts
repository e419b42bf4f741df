import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteOrigin: string;
  }
}

/** Serves dist/ once for every browser test file. */
export default async function setup(project: TestProject) {
  const server = await serveStatic(resolve('dist'));
  project.provide('siteUrl', server.url);
  project.provide('siteOrigin', server.origin);
  return server.close;
}
