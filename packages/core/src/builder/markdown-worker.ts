/**
 * A worker thread that renders markdown: it loads the guide's config (and so the user's plugins)
 * itself, builds the same processor the main thread would, and renders the pages it is sent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadConfig } from '../config/load-config.js';
import type { BuildOverrides } from '../config/resolve-config.js';
import { createProcessor } from '../markdown/create-processor.js';
import type { MarkdownContext } from '../markdown/markdown-context.js';
import { renderMarkdown } from '../markdown/render-markdown.js';
import type { WorkerRequest, WorkerResponse } from './markdown-pool.js';

const { root, overrides } = workerData as { root: string; overrides: BuildOverrides };
const config = await loadConfig(root, overrides);
let context: MarkdownContext | undefined;
const processor = createProcessor(config, () => context!);

parentPort!.on('message', async (request: WorkerRequest) => {
  if (request.type === 'context') {
    context = request.context;
    return;
  }
  const response: WorkerResponse = { id: request.id, result: await renderMarkdown(processor, request.source, request.highlighted) };
  parentPort!.postMessage(response);
});
