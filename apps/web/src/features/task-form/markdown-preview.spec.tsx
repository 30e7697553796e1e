import { TRICKY_MARKDOWN } from '@klussenbank/test-support/markdown-input';
import { demoteHeadings, renderMarkdown } from '@klussenbank/domain/markdown';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MarkdownPreview } from './markdown-preview';

const preview = (source: string) =>
  render(<MarkdownPreview source={source} firstHeadingLevel={3} />).container.firstElementChild?.innerHTML;

/** The API stores `renderMarkdown(description)` and the klus page demotes its headings by two. */
const klusPage = (source: string) => {
  const element = document.createElement('div');
  element.innerHTML = demoteHeadings(renderMarkdown(source));
  return element.innerHTML;
};

describe(MarkdownPreview.name, () => {
  it('shows exactly what the klus page shows for the same description', () => {
    expect(preview(TRICKY_MARKDOWN)).toBe(klusPage(TRICKY_MARKDOWN));
  });

  it('escapes typed HTML and refuses javascript: and data: links', () => {
    const html = preview(TRICKY_MARKDOWN) ?? '';
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<(img|script)\b/);
    expect(html).not.toMatch(/href="(javascript|data):/);
    expect(html).toContain('[klik](javascript:alert(1))');
    expect(html).toContain(
      '<a href="https://example.org/kaart?a=1&amp;b=2" rel="noopener noreferrer nofollow">kaarten</a>',
    );
    expect(html).toContain(
      '<a href="https://www.utrecht.nl/wonen" rel="noopener noreferrer nofollow">https://www.utrecht.nl/wonen</a>',
    );
  });

  it('puts headings below the preview heading', () => {
    expect(preview('# Doel\n## Aanpak')).toBe('<h3>Doel</h3>\n<h4>Aanpak</h4>\n');
  });
});
