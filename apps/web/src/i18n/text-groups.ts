/**
 * Which top-level sections of nl.json and en.json load when. Used by the build
 * (`klussenbank:texts` in vite.config.ts) and by src/i18n/i18n.ts.
 */

/** The sections the session gate and the shell use: part of the first load (src/i18n/core-texts.ts). */
export const CORE_TEXT_SECTIONS = ['app', 'language', 'shell', 'session', 'common', 'notFound', 'layout'];

/**
 * Sections the first load's code names for later only: the shell announces a live notification in
 * words of the notifications page, and src/main.tsx loads all texts right after the first page.
 * (An announcement before that would show the key; waiting for the texts there broke the shell's
 * tests' synchronous announcements, so it is left for now.)
 */
export const SECTIONS_AFTER_ALL_TEXTS = ['notifications'];

/**
 * The pages a visit often opens with wait only for their own sections (a few kB) instead of all texts
 * (27 kB brotli): on a slow line the texts were the last file of a cold load of Klussen. `page` is the
 * page's module: the build fails when its code (with everything it imports that the first load does
 * not) names a section that is neither here nor in the core. Every other page waits for all texts.
 */
export const PAGE_TEXT_GROUPS = {
  login: { page: 'src/features/auth/LoginPage.tsx', sections: ['login'] },
  start: {
    page: 'src/features/home/StartPage.tsx',
    sections: ['start', 'task', 'claimStatus', 'match', 'apiErrors'],
  },
  browse: {
    page: 'src/features/task-browse/TaskBrowsePage.tsx',
    sections: ['browse', 'task', 'recommended', 'skills', 'match', 'hours', 'pagination', 'apiErrors'],
  },
} as const satisfies Record<string, { page: string; sections: readonly string[] }>;

export type TextGroup = keyof typeof PAGE_TEXT_GROUPS;
