/**
 * guidekit's public API: everything `@guidekit/core` exports (`defineConfig`, the config, page
 * and report types, `build`, `createBuilder`, `createSession`, `loadConfig`…), so a config or a
 * script needs only `import { defineConfig } from 'guidekit'`.
 */
export * from '@guidekit/core';
