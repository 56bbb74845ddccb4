import { describe, expect, it } from 'vitest';
import { renderPage } from './render-page.js';

const faq = [
  '---',
  'faq: true',
  '---',
  '# FAQ',
  '',
  'Short answers.',
  '',
  '## What does a PM do?',
  '',
  'Decides *what* to build. See [the intro](01-intro.md).',
  '',
  '- Discovery',
  '- Delivery',
  '',
  '### A detail',
  '',
  'Still part of the answer.',
  '',
  '## Is there a question without an answer?',
  '',
  '## Do I need to code?',
  '',
  'No.[^1]',
  '',
  '[^1]: But it helps.',
  '',
].join('\n');

describe('FAQ pages', () => {
  it('record each `##` question with the plain text of its answer', async () => {
    const result = await renderPage({ '01-intro.md': '# Intro\n\nHi.\n', '02-faq.md': faq }, '02-faq.md');
    expect(result.data.faq).toEqual([
      { id: 'what-does-a-pm-do', question: 'What does a PM do?', answer: 'Decides what to build. See the intro. Discovery Delivery A detail Still part of the answer.' },
      { id: 'do-i-need-to-code', question: 'Do I need to code?', answer: 'No.' },
    ]);
    expect(result.html).toContain('<h2 id="what-does-a-pm-do">What does a PM do?<a class="heading-anchor" aria-hidden="true" tabindex="-1" data-pagefind-ignore href="#what-does-a-pm-do">#</a></h2>');
  });

  it('are only the pages marked `faq: true`', async () => {
    const result = await renderPage({ 'a.md': '# A\n\n## Why?\n\nBecause.\n' }, 'a.md');
    expect(result.data.faq).toBeUndefined();
  });
});
