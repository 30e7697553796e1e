/**
 * A description that exercises what differs between Markdown renderers: line breaks, lists with a
 * continued item, both ordered-list styles, raw HTML, javascript: and data: links, a bare URL and a
 * quote. The web preview spec and the API spec render it and compare with the shared rendering.
 */
export const TRICKY_MARKDOWN = [
  '# Doel',
  'Een regel',
  'nog een, met **vet**, *schuin* en `code`',
  '',
  '- GIS',
  '- [kaarten](https://example.org/kaart?a=1&b=2)',
  '  doorlopend',
  '',
  '1. eerst',
  '2) dan',
  '',
  '<img src=x onerror=alert(1)> <script>alert(1)</script>',
  '[klik](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) https://www.utrecht.nl/wonen',
  '> geciteerd',
].join('\n');
