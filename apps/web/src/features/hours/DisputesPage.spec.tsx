import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildMe, callsTo, jsonResponse, mockFetch, renderApp, routeApi } from '../../test-utils';
import type { LedgerDispute } from './hours-api';
import { DisputesPage } from './DisputesPage';
import { buildDispute } from './hours-fixtures';

const SETTLEMENT = '/api/v1/ledger/disputes/8b1c1b8e-0000-4000-8000-000000000801/settlement';

describe(DisputesPage.name, () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let open: LedgerDispute[];

  beforeEach(() => {
    fetchMock = mockFetch();
    open = [buildDispute()];
    routeApi(fetchMock, {
      'GET /api/v1/me': () => jsonResponse(buildMe({ roles: ['employee', 'org-admin'] })),
      'GET /api/v1/ledger/disputes': ({ url }) => {
        const items = url.searchParams.get('status') === 'settled' ? [] : open;
        return jsonResponse({ items, page: 1, pageSize: 20, total: items.length });
      },
      [`POST ${SETTLEMENT}`]: ({ body }) => {
        const { hours, note } = body as { hours: number; note: string };
        open = [];
        return jsonResponse(buildDispute({ status: 'settled', settledHours: hours, settlementNote: note }));
      },
    });
  });

  it('lists the hours in discussion and settles them after checking and confirming', async () => {
    renderApp('/uren/in-gesprek');
    expect(await screen.findByRole('heading', { level: 1, name: 'Uren in gesprek' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Uren in gesprek' })).toHaveAttribute('href', '/uren/in-gesprek');
    const card = await screen.findByRole('article', { name: 'Archief ordenen' });
    expect(card).toHaveTextContent('Gemeente Zwijndrecht gaf, Gemeente Dordrecht ontving');
    expect(card).toHaveTextContent('Vastgelegd door de aanbieder8 uur');
    expect(card).toHaveTextContent('Correctie van de deelnemer6 uur');
    expect(card).toHaveTextContent('Reden van Carla SmitDe middag ging wel door.');

    await userEvent.click(within(card).getByRole('button', { name: 'Uren vaststellen Archief ordenen' }));
    const form = await screen.findByRole('form', { name: 'Hoeveel uur geldt voor “Archief ordenen”?' });
    await userEvent.click(within(form).getByRole('button', { name: 'Uren vaststellen' }));
    expect(within(within(form).getByRole('alert')).getAllByRole('listitem')).toHaveLength(2);

    await userEvent.type(within(form).getByLabelText('Afgesproken aantal uren'), '7');
    await userEvent.type(within(form).getByLabelText('Afspraak'), 'Samen besproken: zeven uur.');
    await userEvent.click(within(form).getByRole('button', { name: 'Uren vaststellen' }));

    const confirm = await screen.findByRole('form', { name: /Vaststellen op 7 uur\?/ });
    expect(callsTo(fetchMock, 'POST', SETTLEMENT)).toHaveLength(0);
    await userEvent.click(within(confirm).getByRole('button', { name: 'Ja, vaststellen' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'De uren voor “Archief ordenen” zijn vastgesteld op 7 uur.',
    );
    expect(callsTo(fetchMock, 'POST', SETTLEMENT)[0]?.body).toEqual({
      hours: 7,
      note: 'Samen besproken: zeven uur.',
    });
    await waitFor(() => expect(screen.getByText('Er zijn geen uren in gesprek.')).toBeInTheDocument());
  });

  it('says who may settle when I may not, and shows an empty list of settled hours', async () => {
    open = [buildDispute({ canSettle: false })];
    renderApp('/uren/in-gesprek');
    const card = await screen.findByRole('article', { name: 'Archief ordenen' });
    expect(card).toHaveTextContent('Alleen de beheerders van de twee organisaties stellen deze uren vast.');
    expect(within(card).queryByRole('button')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('link', { name: 'Vastgesteld' }));
    expect(await screen.findByText('Er zijn nog geen uren vastgesteld.')).toBeInTheDocument();
  });
});
