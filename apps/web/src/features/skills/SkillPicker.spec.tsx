import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { createI18n, type Language } from '../../i18n/i18n';
import { callsTo, type FakeRequest, jsonResponse, mockFetch, routeApi } from '../../test-utils';
import { buildSkill, skillPage } from '../my-profile/profile-fixtures';
import type { SkillHit } from './skill-api';
import type { ChosenSkill } from './skill-choice';
import { SkillPicker } from './SkillPicker';

const SKILLS = '/api/v1/skills';
const SUGGESTIONS = { timeout: 5_000 };

const GIS = buildSkill(
  { id: '5a1c1b8e-0000-4000-8000-000000000001', label: 'Geografische informatiesystemen' },
  { matchedLabel: 'GIS', altLabels: ['GIS', 'geo-informatie'] },
);
const MAPS = buildSkill(
  { id: '5a1c1b8e-0000-4000-8000-000000000002', label: 'Cartografie' },
  { matchedLabel: 'geo-informatie' },
);
const REPORTS = buildSkill({ id: '5a1c1b8e-0000-4000-8000-000000000003', label: 'Rapportages maken' });

/** The form a picker sits in: what it holds, and whether the form was sent. */
function Harness({
  initial = [],
  allowProposals = true,
  max,
  onSubmit,
}: {
  initial?: ChosenSkill[];
  allowProposals?: boolean;
  max?: number;
  onSubmit?: () => void;
}) {
  const [skills, setSkills] = useState<ChosenSkill[]>(initial);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit?.();
      }}
    >
      <SkillPicker
        id="skills"
        label="Vereiste vaardigheden"
        value={skills}
        onChange={setSkills}
        allowProposals={allowProposals}
        max={max}
      />
      <output data-testid="value">{JSON.stringify(skills)}</output>
      <button type="submit">Plaatsen</button>
    </form>
  );
}

const renderPicker = (props: Parameters<typeof Harness>[0] = {}, language: Language = 'nl') =>
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <Harness {...props} />
    </I18nextProvider>,
  );

const value = () => JSON.parse(screen.getByTestId('value').textContent ?? '[]') as ChosenSkill[];

describe(SkillPicker.name, { timeout: 30_000 }, () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let answer: (q: string) => SkillHit[];

  beforeEach(() => {
    fetchMock = mockFetch();
    answer = (q) =>
      q.toLowerCase().startsWith('g') ? [GIS, MAPS] : q.toLowerCase().startsWith('rapport') ? [REPORTS] : [];
    routeApi(fetchMock, {
      [`GET ${SKILLS}`]: ({ url }: FakeRequest) =>
        jsonResponse(skillPage(answer(url.searchParams.get('q') ?? ''))),
    });
  });

  it('is a combobox with a listbox popup, chosen with the arrow keys and Enter, by id', async () => {
    const sent: string[] = [];
    renderPicker({ onSubmit: () => sent.push('sent') });
    const user = userEvent.setup();
    const input = screen.getByRole('combobox', { name: 'Vereiste vaardigheden' });
    expect(input).toHaveAttribute('aria-autocomplete', 'list');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    const listbox = document.getElementById(input.getAttribute('aria-controls') ?? '');
    expect(listbox).toHaveAttribute('role', 'listbox');

    await user.type(input, 'gis');
    const options = await screen.findAllByRole('option', {}, SUGGESTIONS);
    expect(input).toHaveAttribute('aria-expanded', 'true');
    // The preferred label, and the synonym that was typed; "gis" is GIS's synonym, so no proposal.
    expect(options.map((o) => o.textContent)).toEqual([
      'Geografische informatiesystemen (GIS)',
      'Cartografie (geo-informatie)',
    ]);
    expect(input).not.toHaveAttribute('aria-activedescendant');

    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[0]?.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[0]?.id); // round again
    await user.keyboard('{ArrowUp}');
    expect(input).toHaveAttribute('aria-activedescendant', options[1]?.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{ArrowUp}{Enter}');

    expect(value()).toEqual([{ id: GIS.id, label: 'Geografische informatiesystemen' }]);
    expect(sent).toEqual([]); // Enter chose; it did not send the form
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('Geografische informatiesystemen gekozen.')).toBeInTheDocument();
    const chips = screen.getByRole('list', { name: 'Gekozen: Vereiste vaardigheden' });
    expect(chips).toHaveTextContent('Geografische informatiesystemen');
    expect(within(chips).queryByText('voorstel')).not.toBeInTheDocument();

    // Chosen once: shown again, but not offered.
    await user.type(input, 'g');
    const again = await screen.findAllByRole('option', {}, SUGGESTIONS);
    expect(again[0]).toHaveTextContent('al gekozen');
    expect(again[0]).toHaveAttribute('aria-disabled', 'true');
    await user.click(again[0]);
    expect(value()).toHaveLength(1);
  });

  it('closes the list with Escape, clears the text with a second Escape, and waits for a pause in typing', async () => {
    renderPicker();
    const user = userEvent.setup();
    const input = screen.getByRole('combobox', { name: 'Vereiste vaardigheden' });
    await user.type(input, 'geo');
    await screen.findAllByRole('option', {}, SUGGESTIONS);
    // Typed quickly: one request for the whole word, not one per letter.
    expect(callsTo(fetchMock, 'GET', SKILLS).map((r) => r.url.searchParams.get('q'))).toEqual(['geo']);

    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    expect(input).toHaveValue('geo');
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}{Escape}');
    expect(input).toHaveValue('');
    expect(value()).toEqual([]);
  });

  it('adds a name the taxonomy does not have only as a proposal, marked as such', async () => {
    renderPicker();
    const user = userEvent.setup();
    const input = screen.getByRole('combobox', { name: 'Vereiste vaardigheden' });
    await user.type(input, 'rapporteren');
    const proposal = await screen.findByRole(
      'option',
      { name: '‘rapporteren’ voorstellen als nieuwe vaardigheid' },
      SUGGESTIONS,
    );
    expect(screen.getByRole('option', { name: 'Rapportages maken' })).toBeInTheDocument();
    await user.click(proposal);

    expect(value()).toEqual([{ id: null, label: 'rapporteren' }]);
    const chips = screen.getByRole('list', { name: 'Gekozen: Vereiste vaardigheden' });
    expect(within(chips).getByRole('listitem')).toHaveTextContent('rapporteren' + 'voorstel');
    expect(
      screen.getByText('‘rapporteren’ toegevoegd als voorstel voor een nieuwe vaardigheid.'),
    ).toBeInTheDocument();

    // A name that is a label of a suggestion is that skill, never a proposal beside it.
    await user.type(input, 'Rapportages maken');
    await screen.findByRole('option', { name: 'Rapportages maken' }, SUGGESTIONS);
    expect(
      screen.queryByRole('option', { name: /voorstellen als nieuwe vaardigheid/ }),
    ).not.toBeInTheDocument();
  });

  it('offers no proposal where proposals are not taken (a filter), and then replaces the one chosen', async () => {
    renderPicker({ allowProposals: false, max: 1, initial: [{ id: MAPS.id, label: 'Cartografie' }] });
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: 'Vereiste vaardigheden' }), 'zeppelin');
    expect(
      await screen.findByText(
        'Geen vaardigheid gevonden. Probeer een ander of korter woord, of een synoniem.',
        {},
        SUGGESTIONS,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('option')).not.toBeInTheDocument();

    await user.clear(screen.getByRole('combobox', { name: 'Vereiste vaardigheden' }));
    await user.type(screen.getByRole('combobox', { name: 'Vereiste vaardigheden' }), 'gis');
    await user.click(await screen.findByRole('option', { name: /^Geografische/ }, SUGGESTIONS));
    expect(value()).toEqual([{ id: GIS.id, label: 'Geografische informatiesystemen' }]);
  });

  it('removes a chip with a button named after its skill, and keeps the focus in the picker', async () => {
    renderPicker({
      initial: [
        { id: GIS.id, label: 'Geografische informatiesystemen' },
        { id: null, label: 'rapporteren' },
      ],
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Geografische informatiesystemen verwijderen' }));
    expect(value()).toEqual([{ id: null, label: 'rapporteren' }]);
    expect(screen.getByRole('combobox', { name: 'Vereiste vaardigheden' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'rapporteren verwijderen' }));
    expect(value()).toEqual([]);
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('says so when nothing more fits', async () => {
    renderPicker({
      max: 1 + 1,
      initial: [
        { id: MAPS.id, label: 'Cartografie' },
        { id: null, label: 'x' },
      ],
    });
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: 'Vereiste vaardigheden' }), 'gis');
    await user.click(await screen.findByRole('option', { name: /^Geografische/ }, SUGGESTIONS));
    expect(value()).toHaveLength(2);
    expect(
      screen.getByText('U kunt hoogstens 2 vaardigheden kiezen. Haal er eerst een weg.'),
    ).toBeInTheDocument();
  });

  it('asks for and shows labels in English when the person reads English', async () => {
    answer = () => [{ ...GIS, label: 'Geographic information systems' }];
    renderPicker({}, 'en');
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: 'Vereiste vaardigheden' }), 'gis');
    expect(
      await screen.findByRole('option', { name: 'Geographic information systems (GIS)' }, SUGGESTIONS),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(callsTo(fetchMock, 'GET', SKILLS)[0]?.url.searchParams.get('lang')).toBe('en'),
    );
    await user.type(screen.getByRole('combobox', { name: 'Vereiste vaardigheden' }), 'x');
    expect(
      await screen.findByRole('option', { name: 'Propose ‘gisx’ as a new skill' }, SUGGESTIONS),
    ).toBeInTheDocument();
  });
});
