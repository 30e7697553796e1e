import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  buildMe,
  callsTo,
  type FakeRequest,
  jsonResponse,
  mockFetch,
  problemResponse,
  renderApp,
  routeApi,
} from '../../test-utils';
import type { PeopleImportPreview, PeopleImportRow } from './admin-api';
import { ImportPeople, TEMPLATE_CSV } from './ImportPeople';

const ORGANISATION = buildMe().organisation.id;
const PREVIEW_PATH = `/api/v1/organisations/${ORGANISATION}/people-imports/preview`;
const APPLY_PATH = `/api/v1/organisations/${ORGANISATION}/people-imports`;
const CSV = 'e-mailadres;naam\r\nnieuw@dordrecht.nl;Nieuwe Collega\r\n';

const row = (line: number, fields: Partial<PeopleImportRow>): PeopleImportRow => ({
  line,
  email: `regel${line}@dordrecht.nl`,
  displayName: `Regel ${line}`,
  status: 'create',
  personId: null,
  changes: [],
  roles: ['employee'],
  errors: [],
  ...fields,
});

const preview = (fields: Partial<PeopleImportPreview> = {}): PeopleImportPreview => {
  const rows = fields.rows ?? [
    row(2, { status: 'create', email: 'nieuw@dordrecht.nl', displayName: 'Nieuwe Collega' }),
    row(3, { status: 'update', changes: ['jobTitle', 'roles'], displayName: 'Piet Bakker' }),
    row(4, { status: 'unchanged', displayName: 'Sanne Visser' }),
  ];
  const count = (status: PeopleImportRow['status']) => rows.filter((r) => r.status === status).length;
  const missing = fields.missing ?? [
    { id: '6f1c1b8e-0000-4000-8000-000000000031', email: 'weg@dordrecht.nl', displayName: 'Willem Weg' },
  ];
  return {
    delimiter: ';',
    columns: ['email', 'name'],
    rows,
    missing,
    kept: [],
    counts: {
      create: count('create'),
      update: count('update'),
      unchanged: count('unchanged'),
      error: count('error'),
      missing: missing.length,
    },
    ...fields,
  };
};

describe(ImportPeople.name, () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let previewAnswer: (request: FakeRequest) => Response;

  beforeEach(() => {
    fetchMock = mockFetch();
    previewAnswer = () => jsonResponse(preview());
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(buildMe({ roles: ['employee', 'org-admin'] })),
      'GET /api/v1/users': () => jsonResponse({ items: [], page: 1, pageSize: 20, total: 0 }),
      [`POST ${PREVIEW_PATH}`]: (request) => previewAnswer(request),
      [`POST ${APPLY_PATH}`]: () =>
        jsonResponse({ created: 1, updated: 1, unchanged: 1, deactivated: 1, invitations: 0 }),
    });
  });

  const openImport = async (user: ReturnType<typeof userEvent.setup>) => {
    renderApp('/beheer/mensen');
    await user.click(await screen.findByRole('button', { name: 'Medewerkers importeren (CSV)' }));
    return screen.getByRole('region', { name: 'Medewerkers importeren (CSV)' });
  };

  const choose = async (user: ReturnType<typeof userEvent.setup>, text = CSV) => {
    await user.upload(
      screen.getByLabelText('CSV-bestand'),
      new File([text], 'mensen.csv', { type: 'text/csv' }),
    );
    await user.click(screen.getByRole('button', { name: 'Controleren' }));
  };

  it('offers a template with the Dutch headers and asks for a file first', async () => {
    const user = userEvent.setup();
    const section = await openImport(user);
    const template = within(section).getByRole('link', { name: 'Download het sjabloon (CSV)' });
    expect(template).toHaveAttribute('download', 'medewerkers-sjabloon.csv');
    expect(decodeURIComponent(template.getAttribute('href') ?? '')).toContain(
      'e-mailadres;naam;functie;e-mailadres leidinggevende;rollen',
    );
    expect(TEMPLATE_CSV.startsWith('\uFEFF')).toBe(true);
    await user.click(within(section).getByRole('button', { name: 'Controleren' }));
    expect(screen.getByLabelText('CSV-bestand')).toHaveAccessibleDescription(/Kies een CSV-bestand\./);
    expect(callsTo(fetchMock, 'POST', PREVIEW_PATH)).toHaveLength(0);
  });

  it('shows per row what would happen, lists who is missing, and imports after a confirmation', async () => {
    const user = userEvent.setup();
    await openImport(user);
    await choose(user);

    expect(callsTo(fetchMock, 'POST', PREVIEW_PATH)[0]?.body).toEqual({ csv: CSV });
    const table = await screen.findByRole('table', { name: 'Per regel van het bestand' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '2Nieuwe Colleganieuw@dordrecht.nlNieuw',
      '3Piet Bakkerregel3@dordrecht.nlGewijzigd: functie, rollen',
      '4Sanne Visserregel4@dordrecht.nlOngewijzigd',
    ]);
    expect(screen.getByText(/3 regels: 1 nieuw, 1 gewijzigd, 1 ongewijzigd, 0 met een fout\./)).toBeVisible();
    expect(
      within(screen.getByRole('list', { name: 'Niet in het bestand' })).getByRole('listitem'),
    ).toHaveTextContent('Willem Weg (weg@dordrecht.nl)');

    await user.click(
      screen.getByRole('checkbox', { name: /Zet de persoon die niet in het bestand staat uit/ }),
    );
    await user.click(screen.getByRole('button', { name: 'Importeren' }));
    const confirm = screen.getByRole('form', { name: '1 nieuw, 1 gewijzigd en 1 uitgezet: importeren?' });
    expect(confirm).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Importeren' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Import klaar: 1 nieuw, 1 gewijzigd, 1 ongewijzigd, 1 uitgezet.',
    );
    expect(callsTo(fetchMock, 'POST', APPLY_PATH)[0]?.body).toEqual({
      csv: CSV,
      deactivateMissing: true,
      sendInvitations: false,
    });
    // The people list is read again.
    expect(callsTo(fetchMock, 'GET', '/api/v1/users').length).toBeGreaterThan(2);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows every error of a row and does not import while there are errors', async () => {
    previewAnswer = () =>
      jsonResponse(
        preview({
          missing: [],
          rows: [
            row(2, {
              status: 'error',
              email: 'geen-adres',
              displayName: '',
              roles: [],
              errors: [
                { field: 'email', code: 'invalid-email', reason: 'Moet een geldig e-mailadres zijn.' },
                { field: 'roles', code: 'unknown-role', reason: 'Onbekende rol "baas".' },
              ],
            }),
            row(3, { status: 'create' }),
          ],
        }),
      );
    const user = userEvent.setup();
    await openImport(user);
    await choose(user);

    const table = await screen.findByRole('table', { name: 'Per regel van het bestand' });
    const errorRow = within(table).getAllByRole('row')[1];
    expect(
      within(errorRow)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['E-mailadres: Moet een geldig e-mailadres zijn.', 'Rollen: Onbekende rol "baas".']);
    expect(screen.getByText(/Eén regel heeft een fout/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Importeren' })).toBeDisabled();
  });

  it('says what is wrong with a file that is not a people file', async () => {
    previewAnswer = () =>
      problemResponse(400, {
        code: 'invalid-input',
        detail: 'Eén veld is niet goed ingevuld.',
        invalidParams: [
          { name: 'csv', code: 'people-import-columns', reason: 'De kopregel mist e-mailadres (email).' },
        ],
      });
    const user = userEvent.setup();
    await openImport(user);
    await choose(user, 'naam\nJan\n');
    expect(await screen.findByRole('alert')).toHaveTextContent('De kopregel mist e-mailadres (email).');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says when there is nothing to do', async () => {
    previewAnswer = () => jsonResponse(preview({ missing: [], rows: [row(2, { status: 'unchanged' })] }));
    const user = userEvent.setup();
    await openImport(user);
    await choose(user);
    expect(await screen.findByText(/Er is niets te doen/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Importeren' })).toBeDisabled();
  });
});
