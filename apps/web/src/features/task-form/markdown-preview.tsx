import { createElement, type ReactNode } from 'react';

/**
 * Enough Markdown for the form's preview: paragraphs with line breaks, headings, bullet and
 * numbered lists, **bold**, *italic*, `code` and [links](https://…). The klus page shows the API's
 * own rendering (markdown-it); this only has to look like it, without a Markdown library in the
 * bundle. It builds React elements, never HTML strings, so typed text cannot inject markup.
 * Headings start at `firstHeadingLevel`, so they fit under the preview's own heading.
 */
type Block =
  | { type: 'heading'; level: number; text: string }
  | { type: 'bullets' | 'numbers'; items: string[] }
  | { type: 'paragraph'; lines: string[] };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBER = /^\s*\d+[.)]\s+(.*)$/;

function blocks(source: string): Block[] {
  const result: Block[] = [];
  const last = () => result[result.length - 1];
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const number = NUMBER.exec(line);
    const previous = last();
    if (line.trim() === '') {
      result.push({ type: 'paragraph', lines: [] });
    } else if (heading) {
      result.push({ type: 'heading', level: heading[1].length, text: heading[2] });
    } else if (bullet || number) {
      const type = bullet ? 'bullets' : 'numbers';
      const text = bullet ? bullet[1] : number ? number[1] : '';
      if (previous?.type === type) previous.items.push(text);
      else result.push({ type, items: [text] });
    } else if (previous?.type === 'paragraph') {
      previous.lines.push(line.trim());
    } else if ((previous?.type === 'bullets' || previous?.type === 'numbers') && /^\s+/.test(line)) {
      // An indented line continues the list item above it.
      previous.items[previous.items.length - 1] += ` ${line.trim()}`;
    } else {
      result.push({ type: 'paragraph', lines: [line.trim()] });
    }
  }
  return result.filter((block) => block.type !== 'paragraph' || block.lines.length > 0);
}

const INLINE = /(\*\*|__)(.+?)\1|(\*|_)(.+?)\3|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;
const SAFE_URL = /^(https?:\/\/|mailto:)/i;

function inline(text: string, key: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let at = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > at) nodes.push(text.slice(at, match.index));
    const id = `${key}-${match.index}`;
    const [, , strong, , emphasis, code, label, url] = match;
    if (strong !== undefined) nodes.push(<strong key={id}>{inline(strong, id)}</strong>);
    else if (emphasis !== undefined) nodes.push(<em key={id}>{inline(emphasis, id)}</em>);
    else if (code !== undefined) nodes.push(<code key={id}>{code}</code>);
    else if (label !== undefined && url !== undefined && SAFE_URL.test(url))
      nodes.push(
        <a key={id} href={url} rel="noopener noreferrer nofollow">
          {inline(label, id)}
        </a>,
      );
    else nodes.push(match[0]);
    at = match.index + match[0].length;
  }
  if (at < text.length) nodes.push(text.slice(at));
  return nodes;
}

export function MarkdownPreview({
  source,
  firstHeadingLevel,
}: {
  source: string;
  firstHeadingLevel: number;
}) {
  return (
    <>
      {blocks(source).map((block, index) => {
        const key = String(index);
        switch (block.type) {
          case 'heading':
            return createElement(
              `h${Math.min(6, firstHeadingLevel + block.level - 1)}`,
              { key },
              inline(block.text, key),
            );
          case 'bullets':
          case 'numbers':
            return createElement(
              block.type === 'bullets' ? 'ul' : 'ol',
              { key },
              block.items.map((item, i) => <li key={i}>{inline(item, `${key}-${i}`)}</li>),
            );
          case 'paragraph':
            return (
              <p key={key}>
                {block.lines.flatMap((line, i) => [
                  ...(i > 0 ? [<br key={`br-${i}`} />] : []),
                  ...inline(line, `${key}-${i}`),
                ])}
              </p>
            );
        }
      })}
    </>
  );
}
