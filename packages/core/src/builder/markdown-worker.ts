/**
 * A worker thread that renders markdown: it loads the guide's config (and so the user's plugins)
 * itself, builds the same processor the main thread would, and renders the pages it is sent.
 */
import { workerData } from 'node:worker_threads';
import { loadConfig } from '../config/load-config.js';
import { createProcessor } from '../markdown/create-processor.js';
import type { MarkdownContext } from '../markdown/markdown-context.js';
import { renderMarkdown, type RenderedMarkdown } from '../markdown/render-markdown.js';
import { serveTasks } from '../support/worker-pool.js';
import type { MarkdownTask, MarkdownWorkerData } from './markdown-stage.js';

const { root, overrides } = workerData as MarkdownWorkerData;
const config = await loadConfig(root, overrides);
let context: MarkdownContext | undefined;
const processor = createProcessor(config, () => context!);

serveTasks<MarkdownTask, RenderedMarkdown, MarkdownContext>({
  run: ({ source, highlighted }) => renderMarkdown(processor, source, highlighted),
  onShare: (shared) => {
    context = shared;
  },
});
