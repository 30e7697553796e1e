import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MarkdownPreview } from './markdown-preview';

const html = (source: string) =>
  render(<MarkdownPreview source={source} firstHeadingLevel={4} />).container.innerHTML;

describe(MarkdownPreview.name, () => {
  it('renders paragraphs with line breaks, headings below the given level and lists', () => {
    expect(html('# Doel\nEen regel\nnog een\n\n- GIS\n- **kaarten**\n\n1. eerst\n2. dan')).toBe(
      '<h4>Doel</h4><p>Een regel<br>nog een</p><ul><li>GIS</li><li><strong>kaarten</strong></li></ul>' +
        '<ol><li>eerst</li><li>dan</li></ol>',
    );
  });

  it('renders emphasis, code and safe links, and leaves unsafe links as text', () => {
    expect(html('*let op* `code` [site](https://example.org) [x](javascript:alert(1))')).toBe(
      '<p><em>let op</em> <code>code</code> ' +
        '<a href="https://example.org" rel="noopener noreferrer nofollow">site</a> [x](javascript:alert(1))</p>',
    );
  });

  it('never turns typed HTML into markup', () => {
    expect(html('<img src=x onerror=alert(1)>')).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
  });
});
