import MarkdownIt from 'markdown-it';

/**
 * Markdown to HTML for task descriptions. Raw HTML in the source is escaped, not passed through,
 * and markdown-it refuses javascript:, vbscript: and data: links (except images), so the output is
 * safe to place in a page as it is.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });

const defaultLinkOpen =
  markdown.renderer.rules['link_open'] ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules['link_open'] = (tokens, idx, options, env, self) => {
  tokens[idx]?.attrSet('rel', 'noopener noreferrer nofollow');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
