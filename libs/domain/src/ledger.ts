import { type Actor, hasRole, isPlatformAdmin } from './roles.js';

/**
 * The hour ledger between organisations. When a klus is completed, each participant's hours become an
 * entry: hours *given* by the participant's organisation to the posting organisation. The ledger is
 * append-only: a correction is a reversing entry (the old hours, negated) plus a new entry, never an
 * update or a delete, so every figure can be traced back to the entries behind it.
 */

/** How long a participant has to confirm or correct; after that the hours count as confirmed. */
export const LEDGER_CONFIRMATION_DAYS = 14;

/**
 * `original`: written at completion; `reversal`: cancels one entry; `correction`: the participant's
 * figure; `settlement`: the figure the two org-admins settled a dispute on.
 */
export const LEDGER_ENTRY_KINDS = ['original', 'reversal', 'correction', 'settlement'] as const;
export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number];

export const LEDGER_ENTRY_STATES = ['recorded', 'confirmed', 'corrected', 'in-discussion'] as const;
export type LedgerEntryState = (typeof LEDGER_ENTRY_STATES)[number];

/** Hours flowing from one organisation to another (one entry, or a sum of entries of one pair). */
export interface HourFlow {
  readonly givingOrganisationId: string;
  readonly receivingOrganisationId: string;
  /** Negative for a reversal. */
  readonly hours: number;
  /** Hours in discussion count apart from the balance. */
  readonly disputed?: boolean;
}

export interface LedgerEntry extends HourFlow {
  readonly id: string;
  readonly taskId: string;
  readonly participantId: string;
  readonly partnershipId: string | null;
  readonly kind: LedgerEntryKind;
  readonly reversesId: string | null;
  /** The completion day, `YYYY-MM-DD`. */
  readonly entryDate: string;
}

/** Hours inside one organisation count for the person's history, not for any balance. */
export const isInternal = (flow: HourFlow): boolean =>
  flow.givingOrganisationId === flow.receivingOrganisationId;

/** Hours are kept to hundredths (numeric(6,2)); sums are made in hundredths so they add up exactly. */
const toCents = (hours: number): number => Math.round(hours * 100);
const fromCents = (cents: number): number => cents / 100;

export interface Period {
  /** Inclusive, `YYYY-MM-DD`; absent: from the beginning. */
  readonly from?: string;
  /** Inclusive, `YYYY-MM-DD`; absent: up to now. */
  readonly to?: string;
}

export const inPeriod = (date: string, period: Period): boolean =>
  (!period.from || date >= period.from) && (!period.to || date <= period.to);

/** A period whose end comes before its start is empty by mistake: say so. */
export const isValidPeriod = (period: Period): boolean =>
  !period.from || !period.to || period.from <= period.to;

export interface Balance {
  readonly organisationId: string;
  /** Hours this organisation's people gave to other organisations (not in discussion). */
  readonly given: number;
  /** Hours other organisations' people gave to this organisation (not in discussion). */
  readonly received: number;
  /** given − received: positive means the organisation gave more than it took. */
  readonly net: number;
  readonly disputedGiven: number;
  readonly disputedReceived: number;
}

/** Balances of every organisation in the flows (internal hours left out), sorted by organisation id. */
export function balances(flows: Iterable<HourFlow>): Balance[] {
  const sums = new Map<string, { given: number; received: number; dg: number; dr: number }>();
  const of = (id: string) => {
    let sum = sums.get(id);
    if (!sum) sums.set(id, (sum = { given: 0, received: 0, dg: 0, dr: 0 }));
    return sum;
  };
  for (const flow of flows) {
    if (isInternal(flow)) continue;
    const cents = toCents(flow.hours);
    const giver = of(flow.givingOrganisationId);
    const receiver = of(flow.receivingOrganisationId);
    if (flow.disputed) {
      giver.dg += cents;
      receiver.dr += cents;
    } else {
      giver.given += cents;
      receiver.received += cents;
    }
  }
  return [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([organisationId, s]) => ({
      organisationId,
      given: fromCents(s.given),
      received: fromCents(s.received),
      net: fromCents(s.given - s.received),
      disputedGiven: fromCents(s.dg),
      disputedReceived: fromCents(s.dr),
    }));
}

/** One organisation's balance (zeros when it has no entries). */
export function balanceOf(flows: Iterable<HourFlow>, organisationId: string): Balance {
  return (
    balances(flows).find((b) => b.organisationId === organisationId) ?? {
      organisationId,
      given: 0,
      received: 0,
      net: 0,
      disputedGiven: 0,
      disputedReceived: 0,
    }
  );
}

export interface PairCell {
  /** The row: the organisation whose people gave the hours. */
  readonly givingOrganisationId: string;
  /** The column: the organisation that received them. */
  readonly receivingOrganisationId: string;
  readonly hours: number;
  readonly disputedHours: number;
}

/** The pair matrix: rows give, columns receive; internal hours are not a pair. Sorted by row, then column. */
export function pairMatrix(flows: Iterable<HourFlow>): PairCell[] {
  const cells = new Map<string, { giving: string; receiving: string; cents: number; disputed: number }>();
  for (const flow of flows) {
    if (isInternal(flow)) continue;
    const key = `${flow.givingOrganisationId}\u0000${flow.receivingOrganisationId}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = {
        giving: flow.givingOrganisationId,
        receiving: flow.receivingOrganisationId,
        cents: 0,
        disputed: 0,
      };
      cells.set(key, cell);
    }
    if (flow.disputed) cell.disputed += toCents(flow.hours);
    else cell.cents += toCents(flow.hours);
  }
  return [...cells.values()]
    .sort((a, b) =>
      a.giving !== b.giving
        ? a.giving < b.giving
          ? -1
          : 1
        : a.receiving < b.receiving
          ? -1
          : a.receiving > b.receiving
            ? 1
            : 0,
    )
    .map((c) => ({
      givingOrganisationId: c.giving,
      receivingOrganisationId: c.receiving,
      hours: fromCents(c.cents),
      disputedHours: fromCents(c.disputed),
    }));
}

/** Entries of a period and, if given, of one partnership. */
export function entriesFor<T extends LedgerEntry>(
  entries: Iterable<T>,
  filter: Period & { partnershipId?: string },
): T[] {
  return [...entries].filter(
    (e) =>
      inPeriod(e.entryDate, filter) && (!filter.partnershipId || e.partnershipId === filter.partnershipId),
  );
}

/** The entries written when a klus is completed: one per participant, hours given to the poster's organisation. */
export interface CompletedParticipant {
  readonly participantId: string;
  readonly organisationId: string;
  readonly hours: number;
}

export function completionEntries(
  task: { id: string; organisationId: string; partnershipId: string | null; completedOn: string },
  participants: readonly CompletedParticipant[],
  newId: () => string,
): LedgerEntry[] {
  return participants.map((p) => ({
    id: newId(),
    taskId: task.id,
    participantId: p.participantId,
    givingOrganisationId: p.organisationId,
    receivingOrganisationId: task.organisationId,
    partnershipId: task.partnershipId,
    hours: p.hours,
    kind: 'original',
    reversesId: null,
    entryDate: task.completedOn,
  }));
}

/**
 * A correction: the entry reversed (same organisations, day and klus, hours negated) and the
 * participant's figure as a new entry. The caller appends both; nothing is changed.
 */
export function correctionEntries(
  entry: LedgerEntry,
  hours: number,
  newId: () => string,
): [reversal: LedgerEntry, correction: LedgerEntry] {
  return [
    { ...entry, id: newId(), hours: -entry.hours, kind: 'reversal', reversesId: entry.id },
    { ...entry, id: newId(), hours, kind: 'correction', reversesId: null },
  ];
}

/** What the ledger knows about one entry beyond its own row. */
export interface EntryFacts {
  readonly kind: LedgerEntryKind;
  /** When it was written. */
  readonly createdAt: Date;
  /** A reversal of it exists. */
  readonly reversed: boolean;
  /** The participant confirmed it. */
  readonly confirmedAt: Date | null;
  /** The poster's side disputed it and the two org-admins have not settled it yet. */
  readonly inDiscussion?: boolean;
}

/**
 * The confirmation state: recorded by the poster → confirmed by the participant, or automatically
 * {@link LEDGER_CONFIRMATION_DAYS} days after it was written → corrected (a reversal exists) or in discussion.
 * A correction is the participant's own figure and counts as confirmed; a reversal only cancels.
 */
export function entryState(facts: EntryFacts, now: Date): LedgerEntryState {
  if (facts.reversed) return 'corrected';
  if (facts.inDiscussion) return 'in-discussion';
  if (facts.kind !== 'original' || facts.confirmedAt) return 'confirmed';
  return now.getTime() - facts.createdAt.getTime() >= LEDGER_CONFIRMATION_DAYS * 86_400_000
    ? 'confirmed'
    : 'recorded';
}

export type LedgerAnswerProblem = 'not-the-participant' | 'entry-settled';

/** The participant alone confirms or corrects, and only an original entry that is still `recorded`. */
export function canAnswerEntry(
  actor: Actor,
  entry: { participantId: string } & EntryFacts,
  now: Date,
): { ok: true } | { ok: false; reason: LedgerAnswerProblem } {
  if (entry.participantId !== actor.id) return { ok: false, reason: 'not-the-participant' };
  if (entry.kind !== 'original' || entryState(entry, now) !== 'recorded')
    return { ok: false, reason: 'entry-settled' };
  return { ok: true };
}

/**
 * Disputes. After a participant's correction the poster (or an org-admin of the posting organisation)
 * accepts it or disputes it, within {@link LEDGER_CONFIRMATION_DAYS} days (after that it counts as
 * accepted). A dispute puts the hours of that participant on that klus "in discussion": they count
 * apart from the balance until an org-admin of either organisation settles it with the final hours.
 */
export interface CorrectionFacts extends EntryFacts {
  readonly participantId: string;
  readonly posterId: string;
  readonly receivingOrganisationId: string;
  /** The poster's side accepted or disputed it already. */
  readonly answered: boolean;
}

export type CorrectionAnswerProblem = 'not-the-poster' | 'not-a-correction' | 'correction-answered';

/** Until when the poster's side can answer a correction. */
export const correctionAnswerBefore = (createdAt: Date): Date =>
  new Date(createdAt.getTime() + LEDGER_CONFIRMATION_DAYS * 86_400_000);

/** The poster, or an org-admin of the posting organisation, answers a participant's correction once. */
export function canAnswerCorrection(
  actor: Actor,
  entry: CorrectionFacts,
  now: Date,
): { ok: true } | { ok: false; reason: CorrectionAnswerProblem } {
  const posterSide =
    actor.id === entry.posterId ||
    (hasRole(actor, 'org-admin') && actor.organisationId === entry.receivingOrganisationId);
  // Nobody disputes their own figure, whatever their role.
  if (!posterSide || actor.id === entry.participantId) return { ok: false, reason: 'not-the-poster' };
  if (entry.kind !== 'correction') return { ok: false, reason: 'not-a-correction' };
  if (entry.reversed || entry.answered || now >= correctionAnswerBefore(entry.createdAt))
    return { ok: false, reason: 'correction-answered' };
  return { ok: true };
}

export interface DisputeFacts {
  readonly givingOrganisationId: string;
  readonly receivingOrganisationId: string;
  readonly settled: boolean;
}

/** The org-admins of both organisations see a dispute; platform admins see all of them. */
export function canSeeDispute(actor: Actor, dispute: DisputeFacts): boolean {
  return (
    isPlatformAdmin(actor) ||
    (hasRole(actor, 'org-admin') &&
      (actor.organisationId === dispute.givingOrganisationId ||
        actor.organisationId === dispute.receivingOrganisationId))
  );
}

export type DisputeSettleProblem = 'not-an-admin-of-either' | 'dispute-settled';

/** The two org-admins settle it (either of them), once; a platform admin watches but does not decide. */
export function canSettleDispute(
  actor: Actor,
  dispute: DisputeFacts,
): { ok: true } | { ok: false; reason: DisputeSettleProblem } {
  const admin =
    hasRole(actor, 'org-admin') &&
    (actor.organisationId === dispute.givingOrganisationId ||
      actor.organisationId === dispute.receivingOrganisationId);
  if (!admin) return { ok: false, reason: 'not-an-admin-of-either' };
  if (dispute.settled) return { ok: false, reason: 'dispute-settled' };
  return { ok: true };
}

/**
 * The entries a settlement appends: nothing when the final hours are the disputed entry's, else its
 * reversal plus a `settlement` entry with the final hours (none for zero hours: the reversal alone).
 */
export function settlementEntries(entry: LedgerEntry, hours: number, newId: () => string): LedgerEntry[] {
  if (toCents(hours) === toCents(entry.hours)) return [];
  const reversal: LedgerEntry = {
    ...entry,
    id: newId(),
    hours: -entry.hours,
    kind: 'reversal',
    reversesId: entry.id,
  };
  if (toCents(hours) === 0) return [reversal];
  return [reversal, { ...entry, id: newId(), hours, kind: 'settlement', reversesId: null }];
}

/** The hours of one participant on one klus: what a dispute puts in discussion. */
export const chainKey = (entry: { taskId: string; participantId: string }): string =>
  `${entry.taskId}\u0000${entry.participantId}`;

/** The entries, those of a chain in discussion flagged `disputed` so balances count them apart. */
export function withDisputes<T extends LedgerEntry>(
  entries: Iterable<T>,
  openChains: ReadonlySet<string>,
): T[] {
  return [...entries].map((e) => (openChains.has(chainKey(e)) ? { ...e, disputed: true } : e));
}

/**
 * Who sees which figures. Employees see their own hours (elsewhere); org-admins the balances and pairs
 * of their organisation; the admins of every member organisation a partnership's figures; platform
 * admins everything. Managers' view of their team's hours comes later.
 */
export type LedgerView =
  | { kind: 'all' }
  | { kind: 'organisation'; organisationId: string }
  | { kind: 'partnership'; partnershipId: string; organisationId?: string };

export function ledgerView(
  actor: Actor,
  request: { organisationId?: string; partnershipId?: string; memberOrganisationIds?: readonly string[] },
): { ok: true; view: LedgerView } | { ok: false } {
  const platform = isPlatformAdmin(actor);
  const admin = hasRole(actor, 'org-admin');
  if (request.partnershipId) {
    const member = (request.memberOrganisationIds ?? []).includes(actor.organisationId);
    if (!platform && !(admin && member)) return { ok: false };
    return {
      ok: true,
      view: {
        kind: 'partnership',
        partnershipId: request.partnershipId,
        ...(request.organisationId ? { organisationId: request.organisationId } : {}),
      },
    };
  }
  if (request.organisationId) {
    if (!platform && !(admin && actor.organisationId === request.organisationId)) return { ok: false };
    return { ok: true, view: { kind: 'organisation', organisationId: request.organisationId } };
  }
  if (platform) return { ok: true, view: { kind: 'all' } };
  if (admin) return { ok: true, view: { kind: 'organisation', organisationId: actor.organisationId } };
  return { ok: false };
}

/** Does a flow belong to the view? An organisation's view holds its pairs: hours it gave or received. */
export function inView(flow: HourFlow & { partnershipId: string | null }, view: LedgerView): boolean {
  switch (view.kind) {
    case 'all':
      return true;
    case 'organisation':
      return (
        flow.givingOrganisationId === view.organisationId ||
        flow.receivingOrganisationId === view.organisationId
      );
    case 'partnership':
      return (
        flow.partnershipId === view.partnershipId &&
        (!view.organisationId ||
          flow.givingOrganisationId === view.organisationId ||
          flow.receivingOrganisationId === view.organisationId)
      );
  }
}
