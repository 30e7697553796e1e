/** A page's text group in one language: `virtual:texts/nl/browse` (`klussenbank:texts` in vite.config.ts). */
declare module 'virtual:texts/*' {
  const texts: Record<string, unknown>;
  export default texts;
}
