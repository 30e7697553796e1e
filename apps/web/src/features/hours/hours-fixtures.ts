import type { LedgerDispute, LedgerEntry, TaskHoursEntry } from './hours-api';

export function buildLedgerEntry(overrides: Partial<LedgerEntry> = {}): LedgerEntry {
  return {
    id: '8b1c1b8e-0000-4000-8000-000000000701',
    task: { id: '8b1c1b8e-0000-4000-8000-000000000101', title: 'Archief ordenen' },
    giving: { id: '6f1c1b8e-0000-4000-8000-0000000000a1', name: 'Gemeente Dordrecht' },
    receiving: { id: '6f1c1b8e-0000-4000-8000-0000000000a2', name: 'Gemeente Zwijndrecht' },
    internal: false,
    partnershipId: null,
    dossierId: null,
    hours: 8,
    entryDate: '2026-12-01',
    kind: 'original',
    reversesId: null,
    state: 'recorded',
    reason: null,
    createdAt: '2026-12-01T10:00:00.000Z',
    confirmedAt: null,
    answerBefore: '2026-12-15T10:00:00.000Z',
    ...overrides,
  };
}

export function buildTaskHoursEntry(overrides: Partial<TaskHoursEntry> = {}): TaskHoursEntry {
  return {
    ...buildLedgerEntry(),
    participant: { id: '6f1c1b8e-0000-4000-8000-000000000009', name: 'Bram Jansen' },
    recordedHours: 8,
    correctionAnswer: null,
    answerCorrectionBefore: null,
    canAnswerCorrection: false,
    disputeId: null,
    ...overrides,
  };
}

export function buildDispute(overrides: Partial<LedgerDispute> = {}): LedgerDispute {
  return {
    id: '8b1c1b8e-0000-4000-8000-000000000801',
    entryId: '8b1c1b8e-0000-4000-8000-000000000702',
    task: { id: '8b1c1b8e-0000-4000-8000-000000000101', title: 'Archief ordenen' },
    participant: { id: '6f1c1b8e-0000-4000-8000-000000000009', name: 'Bram Jansen' },
    giving: { id: '6f1c1b8e-0000-4000-8000-0000000000a2', name: 'Gemeente Zwijndrecht' },
    receiving: { id: '6f1c1b8e-0000-4000-8000-0000000000a1', name: 'Gemeente Dordrecht' },
    entryDate: '2026-12-01',
    recordedHours: 8,
    correctedHours: 6,
    correctionReason: 'Een middag ging niet door.',
    disputeReason: 'De middag ging wel door.',
    openedBy: { id: '6f1c1b8e-0000-4000-8000-000000000010', name: 'Carla Smit' },
    openedAt: '2026-12-02T09:00:00.000Z',
    status: 'open',
    settledHours: null,
    settlementNote: null,
    settledBy: null,
    settledAt: null,
    canSettle: true,
    ...overrides,
  };
}
