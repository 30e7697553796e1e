import MarkdownIt from 'markdown-it';

/**
 * Markdown to HTML for klus and dossier descriptions: the API stores and serves this rendering and
 * the web client's form preview shows the very same, so what a poster previews is what others read.
 * Raw HTML in the source is escaped, not passed through, and markdown-it refuses javascript:,
 * vbscript: and data: links (except images), so the output is safe to place in a page as it is.
 * Links get rel="noopener noreferrer nofollow".
 *
 * Its own entry point (`@klussenbank/domain/markdown`), so code that imports only the rules does
 * not load markdown-it. The parser is made on first use.
 */
let markdown: InstanceType<typeof MarkdownIt> | undefined;

function parser(): InstanceType<typeof MarkdownIt> {
  if (markdown) return markdown;
  const made = new MarkdownIt({ html: false, linkify: true, breaks: true });
  const defaultLinkOpen =
    made.renderer.rules['link_open'] ??
    ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  made.renderer.rules['link_open'] = (tokens, idx, options, env, self) => {
    tokens[idx]?.attrSet('rel', 'noopener noreferrer nofollow');
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  return (markdown = made);
}

export function renderMarkdown(source: string): string {
  return parser().render(source);
}

/**
 * A description's headings moved down `levels` (h1 → h3 for 2; h5 and h6 stay h6), so they fit
 * under the heading of the page that shows it. Only tag names change.
 */
export function demoteHeadings(html: string, levels = 2): string {
  return html.replace(
    /<(\/?)h([1-6])(?=[\s>])/gi,
    (_tag, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + levels)}`,
  );
}
