import { describe, expect, it } from 'vitest';
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
