import * as library from '@utrecht/component-library-react';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import * as ours from './nlds';

/** Each component of the first load, with the props the app gives it, next to the package's own. */
const CASES: [string, ReactElement, ReactElement][] = [
  [
    'Alert (error, role alert)',
    <ours.Alert type="error" role="alert" className="x">
      tekst
    </ours.Alert>,
    <library.Alert type="error" role="alert" className="x">
      tekst
    </library.Alert>,
  ],
  ['Alert (default type)', <ours.Alert>tekst</ours.Alert>, <library.Alert>tekst</library.Alert>],
  [
    'Alert (warning)',
    <ours.Alert type="warning">tekst</ours.Alert>,
    <library.Alert type="warning">tekst</library.Alert>,
  ],
  [
    'Document',
    <ours.Document className="kb-document">inhoud</ours.Document>,
    <library.Document className="kb-document">inhoud</library.Document>,
  ],
  [
    'Heading1',
    <ours.Heading1 tabIndex={-1} id="h">
      Klussen
    </ours.Heading1>,
    <library.Heading1 tabIndex={-1} id="h">
      Klussen
    </library.Heading1>,
  ],
  ['PageHeader', <ours.PageHeader>kop</ours.PageHeader>, <library.PageHeader>kop</library.PageHeader>],
  ['PageFooter', <ours.PageFooter>voet</ours.PageFooter>, <library.PageFooter>voet</library.PageFooter>],
  [
    'Paragraph',
    <ours.Paragraph role="status" className="kb-loading">
      Laden…
    </ours.Paragraph>,
    <library.Paragraph role="status" className="kb-loading">
      Laden…
    </library.Paragraph>,
  ],
  [
    'SkipLink',
    <ours.SkipLink href="#main">Naar de inhoud</ours.SkipLink>,
    <library.SkipLink href="#main">Naar de inhoud</library.SkipLink>,
  ],
  [
    'NavBar',
    <ours.NavBar aria-label="Hoofdmenu" className="kb-nav">
      menu
    </ours.NavBar>,
    <library.NavBar aria-label="Hoofdmenu" className="kb-nav">
      menu
    </library.NavBar>,
  ],
  [
    'NavList',
    <ours.NavList className="kb-nav-list">items</ours.NavList>,
    <library.NavList className="kb-nav-list">items</library.NavList>,
  ],
  [
    'NavListLink',
    <ours.NavListLink href="/klussen" aria-current="page">
      Klussen
    </ours.NavListLink>,
    <library.NavListLink href="/klussen" aria-current="page">
      Klussen
    </library.NavListLink>,
  ],
  [
    'ButtonLink (primary)',
    <ours.ButtonLink href="/klussen/nieuw" appearance="primary-action-button">
      Klus plaatsen
    </ours.ButtonLink>,
    <library.ButtonLink href="/klussen/nieuw" appearance="primary-action-button">
      Klus plaatsen
    </library.ButtonLink>,
  ],
  [
    'ButtonLink (plain)',
    <ours.ButtonLink href="/a" className="k">
      a
    </ours.ButtonLink>,
    <library.ButtonLink href="/a" className="k">
      a
    </library.ButtonLink>,
  ],
];

describe('the NL Design System components of the first load', () => {
  it.each(CASES)('%s renders what @utrecht/component-library-react renders', (_, mine, theirs) => {
    expect(renderToStaticMarkup(mine)).toBe(renderToStaticMarkup(theirs));
  });

  it('takes Button and Link from the package the library itself uses', () => {
    expect(ours.Button).toBe(library.Button);
    expect(ours.Link).toBe(library.Link);
  });
});
