import { demoteHeadings, renderMarkdown } from '@klussenbank/domain/markdown';

/**
 * The description as the klus page will show it: rendered by the same function (markdown-it with
 * the same options) the API uses for `descriptionHtml`, so the preview is exactly what others read.
 * The HTML is safe as it is (raw HTML escaped, unsafe links refused; see libs/domain/src/markdown.ts).
 * Headings start at `firstHeadingLevel`, so they fit under the preview's own heading.
 */
export function MarkdownPreview({
  source,
  firstHeadingLevel,
}: {
  source: string;
  firstHeadingLevel: number;
}) {
  return (
    <div
      className="kb-markdown-preview"
      dangerouslySetInnerHTML={{ __html: demoteHeadings(renderMarkdown(source), firstHeadingLevel - 1) }}
    />
  );
}
