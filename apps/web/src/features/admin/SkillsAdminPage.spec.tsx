import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Me } from '../auth/auth-api';
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
import { SkillsAdminPage } from './SkillsAdminPage';

const GIS = { id: '6f1c1b8e-0000-4000-8000-0000000000c1', label: 'GIS' };
const GEO = { id: '6f1c1b8e-0000-4000-8000-0000000000c2', label: 'Geografische informatiesystemen' };
const skill = ({ id, label }: { id: string; label: string }) => ({
  id,
  label,
  labelNl: label,
  labelEn: null,
  altLabels: [],
  escoUri: null,
  category: null,
  verified: true,
  status: 'accepted',
});

describe(SkillsAdminPage.name, () => {
  let me: Me;
  let fetchMock: ReturnType<typeof mockFetch>;
  const merge = {
    target: skill(GEO),
    labelsMoved: 1,
    referencesMoved: { task_skills: 3, dossier_skills: 1, user_skills: 2, learning_goals: 0 },
  };

  beforeEach(() => {
    me = buildMe({ roles: ['employee', 'platform-admin'] });
    fetchMock = mockFetch();
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(me),
      'GET /api/v1/skills': ({ url }: FakeRequest) => {
        const q = (url.searchParams.get('q') ?? '').toLowerCase();
        const items = [GIS, GEO].filter((s) => s.label.toLowerCase().startsWith(q)).map(skill);
        return jsonResponse({ items, page: 1, pageSize: 10, total: items.length });
      },
      [`GET /api/v1/skills/${GIS.id}/merge-preview`]: () => jsonResponse(merge),
      [`POST /api/v1/skills/${GIS.id}/merges`]: () => jsonResponse(merge),
      'POST /api/v1/skill-imports': () =>
        jsonResponse({
          lang: 'nl',
          rows: 3,
          inserted: 1,
          updated: 1,
          unchanged: 0,
          labelsAdded: 4,
          errorCount: 1,
          errors: [{ line: 3, reason: 'conceptUri ontbreekt.' }],
        }),
    });
  });

  const choose = async (
    user: ReturnType<typeof userEvent.setup>,
    field: string,
    q: string,
    label: string,
  ) => {
    const search = screen.getByRole('search', { name: field });
    await user.type(within(search).getByRole('searchbox'), `${q}{Enter}`);
    const card = search.closest('.kb-admin-card');
    if (!(card instanceof HTMLElement)) throw new Error('no card around the search');
    await user.click(await within(card).findByRole('radio', { name: label }));
  };

  it('previews what a merge moves and merges only after the confirmation', async () => {
    const user = userEvent.setup();
    renderApp('/beheer/vaardigheden');
    await screen.findByRole('heading', { level: 1, name: 'Vaardigheden' });
    const preview = screen.getByRole('button', { name: 'Bekijk wat er verschuift' });
    expect(preview).toBeDisabled();

    await choose(user, 'Dubbele vaardigheid (verdwijnt)', 'gis', 'GIS');
    await choose(user, 'Vaardigheid die blijft', 'geo', 'Geografische informatiesystemen');
    await user.click(preview);

    const panel = await screen.findByRole('form', {
      name: 'GIS samenvoegen met Geografische informatiesystemen?',
    });
    expect(panel).toHaveFocus();
    expect(panel).toHaveTextContent(
      'Naar Geografische informatiesystemen gaan: 3 klussen, 1 dossier, 2 profielen, 0 leerdoelen.',
    );
    expect(panel).toHaveTextContent('1 naam wordt een synoniem van de vaardigheid die blijft.');
    expect(
      callsTo(fetchMock, 'GET', `/api/v1/skills/${GIS.id}/merge-preview`)[0]?.url.searchParams.get(
        'targetId',
      ),
    ).toBe(GEO.id);
    expect(callsTo(fetchMock, 'POST', `/api/v1/skills/${GIS.id}/merges`)).toHaveLength(0);

    await user.click(within(panel).getByRole('button', { name: 'Ja, voeg samen' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'GIS is samengevoegd met Geografische informatiesystemen.',
    );
    expect(callsTo(fetchMock, 'POST', `/api/v1/skills/${GIS.id}/merges`)[0]?.body).toEqual({
      targetId: GEO.id,
    });
  });

  it('shows why a merge is refused', async () => {
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(me),
      'GET /api/v1/skills': () => jsonResponse({ items: [skill(GIS)], page: 1, pageSize: 10, total: 1 }),
      [`GET /api/v1/skills/${GIS.id}/merge-preview`]: () =>
        problemResponse(409, {
          title: 'Conflict',
          detail: 'Een vaardigheid kan niet met zichzelf worden samengevoegd.',
          code: 'skill-merge-same',
        }),
    });
    const user = userEvent.setup();
    renderApp('/beheer/vaardigheden');
    await screen.findByRole('heading', { level: 1, name: 'Vaardigheden' });
    await choose(user, 'Dubbele vaardigheid (verdwijnt)', 'gis', 'GIS');
    await choose(user, 'Vaardigheid die blijft', 'gis', 'GIS');
    await user.click(screen.getByRole('button', { name: 'Bekijk wat er verschuift' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('niet met zichzelf');
  });

  it('imports an ESCO file as multipart and shows the report', async () => {
    const user = userEvent.setup();
    renderApp('/beheer/vaardigheden');
    await user.click(await screen.findByRole('button', { name: 'Inlezen' }));
    expect(screen.getByLabelText('CSV-bestand van ESCO')).toHaveAccessibleDescription(
      /Kies een CSV-bestand\./,
    );
    expect(callsTo(fetchMock, 'POST', '/api/v1/skill-imports')).toHaveLength(0);

    await user.upload(
      screen.getByLabelText('CSV-bestand van ESCO'),
      new File(['conceptUri,preferredLabel\n'], 'skills_nl.csv', { type: 'text/csv' }),
    );
    await user.click(screen.getByRole('button', { name: 'Inlezen' }));
    expect(await screen.findByRole('status')).toHaveTextContent('skills_nl.csv is ingelezen.');
    const report = screen.getByRole('region', { name: 'Verslag van het inlezen' });
    expect(report).toHaveTextContent('Nieuwe vaardigheden1');
    expect(report).toHaveTextContent('Namen toegevoegd4');
    expect(report).toHaveTextContent('Regel 3: conceptUri ontbreekt.');
    const [, init] = fetchMock.mock.calls.find(([, i]) => i?.method === 'POST') ?? [];
    expect(callsTo(fetchMock, 'POST', '/api/v1/skill-imports')).toHaveLength(1);
    expect(new Headers(init?.headers).get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
  });

  it('is for platform admins only', async () => {
    me = buildMe({ roles: ['employee', 'org-admin'] });
    renderApp('/beheer/vaardigheden');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
  });
});
