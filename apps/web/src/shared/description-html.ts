/**
 * The description sits under the page's h2 "Beschrijving", so its own headings move down two
 * levels (h1 → h3; h5 and h6 stay h6). The HTML is the API's sanitised output; only tag names change.
 */
export function demoteHeadings(html: string): string {
  return html.replace(
    /<(\/?)h([1-6])(?=[\s>])/gi,
    (_tag, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + 2)}`,
  );
}
