import { describe, expect, it } from 'vitest';
import { demoteHeadings } from './description-html';

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
