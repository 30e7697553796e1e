import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import coreTexts from './core-texts';
import type { TextGroup } from './text-groups';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';

const STORAGE_KEY = 'klussenbank.language';

/** One language's texts: nl.json or en.json. */
export type Texts = Record<string, unknown>;

/**
 * The first load brings only the Dutch texts the shell uses (core-texts.ts); all texts of a language come as a
 * chunk of their own, loaded for the active language when a page needs them and for another on switching.
 */
const LOADERS: Record<Language, () => Promise<{ default: Texts }>> = {
  nl: () => import('./nl.json'),
  en: () => import('./en.json'),
};

/** The few pages a visit often opens with need only their group of texts (text-groups.ts). */
const GROUP_LOADERS: Record<TextGroup, Record<Language, () => Promise<{ default: Texts }>>> = {
  login: { nl: () => import('./login.nl.texts'), en: () => import('./login.en.texts') },
  start: { nl: () => import('./start.nl.texts'), en: () => import('./start.en.texts') },
  browse: { nl: () => import('./browse.nl.texts'), en: () => import('./browse.en.texts') },
};

const loaded = new Map<Language, Texts>();
const loadedGroups = new Map<Language, Map<TextGroup, Texts>>();
const loadingGroups = new Map<string, Promise<Texts>>();
/** What each instance holds beyond the core: `nl` (all texts of a language) or `nl/browse` (a group). */
const holding = new WeakMap<I18n, Set<string>>();

function hold(instance: I18n, what: string): void {
  const set = holding.get(instance) ?? new Set<string>();
  set.add(what);
  holding.set(instance, set);
}

const holds = (instance: I18n, what: string) => !!holding.get(instance)?.has(what);
const loading = new Map<Language, Promise<Texts>>();
/** Instances that wait for a language's texts, to receive them the moment they arrive. */
const waiting = new Map<Language, Set<I18n>>();

/** Hands over a language's texts up front (tests; no chunk to wait for). */
export function provideTexts(language: Language, texts: Texts): void {
  loaded.set(language, texts);
}

/** Starts loading a language's texts (an English reader's first render waits for them). */
export function loadTexts(language: Language): Promise<Texts> {
  const known = loaded.get(language);
  if (known) return Promise.resolve(known);
  let pending = loading.get(language);
  if (!pending) {
    pending = LOADERS[language]().then(
      ({ default: texts }) => {
        loaded.set(language, texts);
        loading.delete(language);
        for (const instance of waiting.get(language) ?? []) {
          instance.addResourceBundle(language, 'translation', texts, true, true);
          hold(instance, language);
        }
        waiting.delete(language);
        return texts;
      },
      (error: unknown) => {
        // Let a later attempt (the next page, a reload of the page) try again.
        loading.delete(language);
        throw error;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

/** All texts of `language` in `instance`: at once when known, else after its chunk arrived. */
export async function loadLanguage(instance: I18n, language: Language): Promise<void> {
  if (!loaded.has(language)) {
    const set = waiting.get(language) ?? new Set<I18n>();
    set.add(instance);
    waiting.set(language, set);
  }
  const texts = await loadTexts(language);
  instance.addResourceBundle(language, 'translation', texts, true, true);
  hold(instance, language);
}

/** Starts loading a page's group of texts in `language` (all texts, once loaded, hold them too). */
export function loadGroupTexts(language: Language, group: TextGroup): Promise<Texts> {
  const known = loaded.get(language) ?? loadedGroups.get(language)?.get(group);
  if (known) return Promise.resolve(known);
  const id = `${language}/${group}`;
  let pending = loadingGroups.get(id);
  if (!pending) {
    pending = GROUP_LOADERS[group][language]().then(
      ({ default: texts }) => {
        const groups = loadedGroups.get(language) ?? new Map<TextGroup, Texts>();
        groups.set(group, texts);
        loadedGroups.set(language, groups);
        loadingGroups.delete(id);
        return texts;
      },
      (error: unknown) => {
        loadingGroups.delete(id);
        throw error;
      },
    );
    loadingGroups.set(id, pending);
  }
  return pending;
}

/** Whether `instance` has the texts of `group` (or all texts) in its language. */
export function hasGroupTexts(instance: I18n, group: TextGroup): boolean {
  const language = instance.language;
  return holds(instance, language) || holds(instance, `${language}/${group}`);
}

const groupTexts = new WeakMap<I18n, Map<string, Promise<void>>>();

/** Resolves once `instance` has the texts of `group` in its language (the same promise each time, for `use`). */
export function groupTextsLoaded(instance: I18n, group: TextGroup): Promise<void> {
  const language = instance.language;
  if (!isLanguage(language)) return Promise.resolve();
  const promises = groupTexts.get(instance) ?? new Map<string, Promise<void>>();
  groupTexts.set(instance, promises);
  const id = `${language}/${group}`;
  let pending = promises.get(id);
  if (!pending) {
    pending = loadGroupTexts(language, group).then((texts) => {
      hold(instance, id);
      instance.addResourceBundle(language, 'translation', texts, true, false);
    });
    promises.set(id, pending);
  }
  return pending;
}

/** Whether `instance` has every text of its language (the pages need more than the core). */
export function hasAllTexts(instance: I18n): boolean {
  return holds(instance, instance.language);
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

// Storage can be unavailable (private mode, blocked cookies); the language then lasts one visit.
export function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // See storedLanguage.
  }
}

const pageTexts = new WeakMap<I18n, Promise<void>>();

/** Resolves once `instance` has all texts of its language (the same promise each time, for `use`). */
export function allTextsLoaded(instance: I18n): Promise<void> {
  let pending = pageTexts.get(instance);
  if (!pending && isLanguage(instance.language)) {
    pending = loadLanguage(instance, instance.language);
    pageTexts.set(instance, pending);
  }
  return pending ?? Promise.resolve();
}

/** All texts of `language` when loaded, else the core (Dutch) with the groups loaded so far. */
function knownTexts(language: Language): Texts {
  const all = loaded.get(language);
  if (all) return all;
  const texts: Texts = language === DEFAULT_LANGUAGE ? { ...coreTexts } : {};
  for (const group of loadedGroups.get(language)?.values() ?? []) Object.assign(texts, group);
  return texts;
}

/**
 * A fresh i18next instance, so tests never share a language. Init is synchronous with the texts at
 * hand (the Dutch core, or all texts loaded or handed over); the rest of the language follows.
 */
export function createI18n(language: Language = storedLanguage()): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    // A new language brings its own texts: the pages wait for those.
    pageTexts.delete(instance);
  });
  const resources = Object.fromEntries(LANGUAGES.map((lng) => [lng, { translation: knownTexts(lng) }]));
  for (const lng of LANGUAGES) {
    if (loaded.has(lng)) hold(instance, lng);
    for (const group of loadedGroups.get(lng)?.keys() ?? []) hold(instance, `${lng}/${group}`);
  }
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    initAsync: false,
    interpolation: { escapeValue: false },
    // Texts that arrive later render at once where they are used.
    react: { bindI18nStore: 'added' },
    showSupportNotice: false,
  });
  return instance;
}
