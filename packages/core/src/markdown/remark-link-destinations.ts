import type { Root } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { pageData, type LinkDestination } from './page-data.js';
import { walkTree } from './walk-tree.js';

/**
 * Records where each link, image and definition destination sits in the page's source, so the
 * page's markdown can be republished with its links rewritten (`llms-full.txt`) without being
 * parsed again. The parser keeps no position for destinations; an exit handler notes it.
 */
export function remarkLinkDestinations(this: Processor) {
  const data = this.data();
  (data.fromMarkdownExtensions ??= []).push({
    exit: { resourceDestination: noteDestination, definitionDestination: noteDestination },
  });
  return (tree: Root, file: VFile): void => {
    const destinations: LinkDestination[] = [];
    walkTree(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
      const offsets = (node.data as { destination?: [number, number] } | undefined)?.destination;
      if (offsets) destinations.push({ start: offsets[0], end: offsets[1], url: node.url });
    });
    pageData(file).destinations = destinations;
  };
}

/** At the end of a destination, the link, image or definition it belongs to is on top of the stack. */
function noteDestination(
  this: { stack: { data?: object }[] },
  token: { start: { offset: number }; end: { offset: number } },
): void {
  const node = this.stack[this.stack.length - 1]!;
  node.data = { ...node.data, destination: [token.start.offset, token.end.offset] };
}
