import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { requestLanguage } from './language.js';
import { MESSAGES } from './messages.js';

/** The names of every parameter a message uses, also inside plural and select branches. */
function parameters(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    found.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) parameters(option.value, found);
    }
    if (element.type === TYPE.tag) parameters(element.children, found);
  }
  return found;
}

const signature = (texts: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(texts)
      .map(([key, text]) => [key, [...parameters(parse(text))].sort()] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );

describe('the message catalogue', () => {
  for (const section of ['titles', 'problems', 'fields'] as const) {
    it(`has the same ${section} with the same parameters in Dutch and English`, () => {
      expect(signature(MESSAGES.en[section])).toEqual(signature(MESSAGES.nl[section]));
    });
  }

  it('has no empty texts', () => {
    const empty = Object.entries(MESSAGES).flatMap(([language, catalogue]) =>
      Object.values(catalogue).flatMap((texts: Record<string, string>) =>
        Object.entries(texts)
          .filter(([, text]) => text.trim() === '')
          .map(([key]) => `${language}:${key}`),
      ),
    );
    expect(empty).toEqual([]);
  });
});

describe(requestLanguage.name, () => {
  it.each([
    [undefined, 'nl'],
    ['', 'nl'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['nl-NL,en;q=0.8', 'nl'],
    ['fr, en;q=0.5', 'en'],
    ['en;q=0.5, nl;q=0.6', 'nl'],
    ['de-DE', 'nl'],
    ['*', 'nl'],
  ])('answers %j in %s', (header, language) => {
    expect(requestLanguage({ 'accept-language': header })).toBe(language);
  });
});
