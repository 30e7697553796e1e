import { describe, expect, it } from 'vitest';
import { demoteHeadings, renderMarkdown } from './markdown.js';

describe(demoteHeadings.name, () => {
  it('moves headings two levels down, never below h6', () => {
    expect(demoteHeadings('<h1>A</h1><h2 id="x">B</h2><h5>C</h5><h6>D</h6>')).toBe(
      '<h3>A</h3><h4 id="x">B</h4><h6>C</h6><h6>D</h6>',
    );
  });

  it('leaves other tags and text alone', () => {
    const html = '<p>h1 is <strong>not</strong> a tag here: &lt;h1&gt;</p><header>x</header>';
    expect(demoteHeadings(html)).toBe(html);
  });
});

describe(renderMarkdown.name, () => {
  it('renders paragraphs with line breaks, lists and safe links with rel', () => {
    expect(renderMarkdown('Een regel\nnog een\n\n- [site](https://example.org)\n- **vet**')).toBe(
      '<p>Een regel<br>\nnog een</p>\n<ul>\n' +
        '<li><a href="https://example.org" rel="noopener noreferrer nofollow">site</a></li>\n' +
        '<li><strong>vet</strong></li>\n</ul>\n',
    );
  });

  it('escapes raw HTML and leaves javascript:, vbscript: and data: links as text', () => {
    const html = renderMarkdown(
      '<b onclick="x()">b</b> [a](javascript:alert(1)) [b](vbscript:x) [c](data:text/html,x) <javascript:alert(1)>',
    );
    expect(html).not.toMatch(/<(b|a)\b/);
    expect(html).toContain('&lt;b onclick=&quot;x()&quot;&gt;b&lt;/b&gt;');
    expect(html).toContain('[a](javascript:alert(1))');
  });
});
