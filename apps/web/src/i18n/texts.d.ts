/** A page's group of texts in one language: `./browse.nl.texts` (`klussenbank:texts` in vite.config.ts). */
declare module '*.texts' {
  const texts: Record<string, unknown>;
  export default texts;
}
