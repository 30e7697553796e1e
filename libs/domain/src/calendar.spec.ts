import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CalendarCheckpoint,
  calendarEvents,
  calendarSequence,
  type CalendarTask,
  type CalendarWords,
  isCalendarToken,
  isInCalendar,
  nextDay,
  taskEvent,
} from './calendar.js';

const WORDS: CalendarWords = {
  taskSummary: (title) => `Klus: ${title}`,
  taskDescription: (task, url) => `${task.organisationName}\n${url}`,
  checkpointSummary: (title, dossier) => `IJkmoment: ${title} (${dossier})`,
  checkpointDescription: (c, url) => `${c.dossierTitle}\n${url}`,
};
const WEB = 'https://klussenbank.example';

const task = (fields: Partial<CalendarTask> = {}): CalendarTask => ({
  id: '11111111-1111-4111-8111-111111111111',
  title: 'Bestemmingsplan doorlichten',
  status: 'in-progress',
  startDate: '2026-12-01',
  endDate: '2026-12-03',
  organisationName: 'Gemeente Oss',
  updatedAt: new Date('2026-11-20T10:00:00Z'),
  ...fields,
});
const checkpoint = (fields: Partial<CalendarCheckpoint> = {}): CalendarCheckpoint => ({
  id: '22222222-2222-4222-8222-222222222222',
  title: 'Eerste ijkmoment',
  status: 'planned',
  plannedOn: '2026-11-30',
  dossierId: '33333333-3333-4333-8333-333333333333',
  dossierTitle: 'Energietransitie',
  updatedAt: new Date('2026-11-20T10:00:00Z'),
  ...fields,
});

describe('calendar feed', () => {
  it('puts accepted and completed claims in the feed, not applications or withdrawals', () => {
    expect(isInCalendar('active')).toBe(true);
    expect(isInCalendar('completed')).toBe(true);
    for (const status of ['applied', 'awaiting-consent', 'declined', 'withdrawn', 'removed'] as const) {
      expect(isInCalendar(status)).toBe(false);
    }
  });

  it('makes a klus an all-day event with an exclusive end, a stable UID and a link', () => {
    expect(taskEvent(task(), WEB, WORDS)).toEqual({
      uid: 'task-11111111-1111-4111-8111-111111111111@klussenbank',
      summary: 'Klus: Bestemmingsplan doorlichten',
      description: `Gemeente Oss\n${WEB}/klussen/11111111-1111-4111-8111-111111111111`,
      url: `${WEB}/klussen/11111111-1111-4111-8111-111111111111`,
      startDate: '2026-12-01',
      endDate: '2026-12-04',
      status: 'CONFIRMED',
      sequence: calendarSequence(new Date('2026-11-20T10:00:00Z')),
      lastModified: new Date('2026-11-20T10:00:00Z'),
    });
    expect(taskEvent(task({ status: 'cancelled' }), WEB, WORDS).status).toBe('CANCELLED');
  });

  it('orders klussen and checkpoints by first day', () => {
    const events = calendarEvents([task()], [checkpoint()], WEB, WORDS);
    expect(events.map((e) => [e.uid, e.startDate, e.endDate])).toEqual([
      ['checkpoint-22222222-2222-4222-8222-222222222222@klussenbank', '2026-11-30', '2026-12-01'],
      ['task-11111111-1111-4111-8111-111111111111@klussenbank', '2026-12-01', '2026-12-04'],
    ]);
  });

  it('counts the next day across months, years and leap days', () => {
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2027-02-28')).toBe('2027-03-01');
  });

  it('gives a later change a higher SEQUENCE that fits 32 bits (property)', () => {
    const instant = fc.date({
      min: new Date('2025-01-01T00:00:00Z'),
      max: new Date('2090-01-01T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(instant, fc.integer({ min: 1000, max: 10 ** 9 }), (at, later) => {
        const before = calendarSequence(at);
        const after = calendarSequence(new Date(at.getTime() + later));
        return after > before && Number.isInteger(after) && after < 2 ** 31;
      }),
    );
  });

  it('keeps the events of a feed unique per klus and checkpoint (property)', () => {
    const uuid = fc.uuid();
    fc.assert(
      fc.property(fc.uniqueArray(uuid), fc.uniqueArray(uuid), (taskIds, checkpointIds) => {
        const events = calendarEvents(
          taskIds.map((id) => task({ id })),
          checkpointIds.map((id) => checkpoint({ id })),
          WEB,
          WORDS,
        );
        return new Set(events.map((e) => e.uid)).size === taskIds.length + checkpointIds.length;
      }),
    );
  });

  it('knows the shape of a feed token', () => {
    expect(isCalendarToken('a'.repeat(43))).toBe(true);
    expect(isCalendarToken('a'.repeat(42))).toBe(false);
    expect(isCalendarToken(`${'a'.repeat(42)}/`)).toBe(false);
  });
});
