import { describe, expect, it, vi } from 'vitest';
import en from './en.json';
import { createI18n, rememberLanguage } from './i18n';
import nl from './nl.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('translations', () => {
  it('have the same keys in Dutch and English', () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });

  it('have no empty texts', () => {
    for (const [language, texts] of Object.entries({ nl, en })) {
      const empty = keys(texts).filter((key) => {
        const text = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], texts);
        return typeof text !== 'string' || text.trim() === '';
      });
      expect(empty, language).toEqual([]);
    }
  });
});

describe(createI18n.name, () => {
  it('starts in Dutch and sets the lang attribute of the page', () => {
    const i18n = createI18n();
    expect(i18n.language).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');
    expect(i18n.t('login.submit')).toBe('Inloggen');
  });

  it('starts in the remembered language', () => {
    rememberLanguage('en');
    const i18n = createI18n();
    expect(i18n.t('login.submit')).toBe('Log in');
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('texts loaded as chunks', () => {
  // A fresh module: nothing handed over up front, as in the browser (the test setup provides all texts).
  const freshI18n = async () => {
    vi.resetModules();
    return import('./i18n');
  };

  it('starts with the Dutch texts of the shell and adds the rest of the language when its chunk is here', async () => {
    const { allTextsLoaded, createI18n: create, hasAllTexts } = await freshI18n();
    const i18n = create('nl');

    expect(i18n.t('shell.tasks')).toBe('Klussen');
    expect(i18n.exists('start.title')).toBe(false);
    expect(hasAllTexts(i18n)).toBe(false);

    await allTextsLoaded(i18n);
    expect(i18n.t('start.title')).toBe('Start');
    expect(hasAllTexts(i18n)).toBe(true);
  });

  it('gives a page its group of texts without loading all of them', async () => {
    const { createI18n: create, groupTextsLoaded, hasAllTexts, hasGroupTexts } = await freshI18n();
    const i18n = create('nl');
    expect(i18n.exists('browse.title')).toBe(false);
    expect(hasGroupTexts(i18n, 'browse')).toBe(false);

    await groupTextsLoaded(i18n, 'browse');
    expect(hasGroupTexts(i18n, 'browse')).toBe(true);
    expect(i18n.t('browse.title')).toBe(nl.browse.title);
    expect(i18n.t('shell.tasks')).toBe(nl.shell.tasks);
    expect(i18n.exists('start.title')).toBe(false);
    expect(hasAllTexts(i18n)).toBe(false);
  });

  it('keeps the login texts out of the first load', async () => {
    const { createI18n: create } = await freshI18n();
    expect(create('nl').exists('login.submit')).toBe(false);
  });

  it('loads the English texts only when asked for, before switching', async () => {
    const { createI18n: create, loadLanguage } = await freshI18n();
    const i18n = create('nl');
    expect(i18n.getResourceBundle('en', 'translation')).toEqual({});

    await loadLanguage(i18n, 'en');
    await i18n.changeLanguage('en');
    expect(i18n.t('login.submit')).toBe('Log in');
    expect(i18n.t('start.title')).toBe('Home');
  });
});
