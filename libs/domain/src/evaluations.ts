import { type Actor, hasRole, isPlatformAdmin } from './roles.js';

/** How it went: 1 (badly) to 5 (very well). */
export const EVALUATION_SCORES = [1, 2, 3, 4, 5] as const;
export type EvaluationScore = (typeof EVALUATION_SCORES)[number];
export const EVALUATION_TEXT_MAX = 2000;

/** A reminder goes out 7 days after the request, to whoever gave no evaluation yet. */
export const EVALUATION_REMINDER_DAYS = 7;
/**
 * Requests older than this are not reminded of any more: a scan that missed a day still reminds,
 * and a first scan after a deployment does not remind of klussen from long ago.
 */
export const EVALUATION_REMINDER_WINDOW_DAYS = 14;
const DAY = 86_400_000;

export const isEvaluationScore = (value: unknown): value is EvaluationScore =>
  typeof value === 'number' && (EVALUATION_SCORES as readonly number[]).includes(value);

/** Who evaluates whom after a completed klus: the poster each participant, each participant the poster. */
export function evaluationPairs(
  posterId: string,
  participantIds: readonly string[],
): { authorId: string; subjectId: string }[] {
  const others = [...new Set(participantIds)].filter((id) => id !== posterId);
  return others.flatMap((id) => [
    { authorId: posterId, subjectId: id },
    { authorId: id, subjectId: posterId },
  ]);
}

/** Whether `authorId` may evaluate `subjectId` on this klus (once: the store keeps it unique). */
export function mayEvaluate(
  authorId: string,
  subjectId: string,
  posterId: string,
  participantIds: readonly string[],
): boolean {
  return evaluationPairs(posterId, participantIds).some(
    (p) => p.authorId === authorId && p.subjectId === subjectId,
  );
}

/** The people an evaluation is about, and their line managers (as they are now). */
export interface EvaluationParties {
  authorId: string;
  subjectId: string;
  authorLineManagerId: string | null;
  subjectLineManagerId: string | null;
}

/**
 * One evaluation, with its names and texts, is for the two people involved and their line
 * managers only. Admins see aggregates (evaluationSummary), never a single evaluation; nobody else
 * sees anything, a platform admin included.
 */
export function canReadEvaluation(viewer: { id: string }, e: EvaluationParties): boolean {
  return [e.authorId, e.subjectId, e.authorLineManagerId, e.subjectLineManagerId].includes(viewer.id);
}

/** The aggregate of an organisation's evaluations: its own admins, and platform admins. */
export function canReadEvaluationSummary(actor: Actor, organisationId: string): boolean {
  return isPlatformAdmin(actor) || (hasRole(actor, 'org-admin') && actor.organisationId === organisationId);
}

export interface EvaluationSummary {
  count: number;
  /** Rounded to one decimal; null without evaluations. */
  averageScore: number | null;
  /** Per score 1–5, how many. */
  scores: Record<EvaluationScore, number>;
  /** The free texts without names or order of giving (sorted), empty ones left out. */
  wentWell: string[];
  couldBeBetter: string[];
}

export function evaluationSummary(
  evaluations: readonly { score: number; wentWell: string | null; couldBeBetter: string | null }[],
): EvaluationSummary {
  const scores: Record<EvaluationScore, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  let total = 0;
  for (const e of evaluations) {
    if (isEvaluationScore(e.score)) scores[e.score] += 1;
    total += e.score;
  }
  const texts = (pick: (e: (typeof evaluations)[number]) => string | null) =>
    evaluations
      .map(pick)
      .filter((text): text is string => !!text && text.trim() !== '')
      .sort((a, b) => a.localeCompare(b, 'nl'));
  return {
    count: evaluations.length,
    averageScore: evaluations.length ? Math.round((total / evaluations.length) * 10) / 10 : null,
    scores,
    wentWell: texts((e) => e.wentWell),
    couldBeBetter: texts((e) => e.couldBeBetter),
  };
}

/** Whether a request made at `requestedAt` is due for its one reminder at `now`. */
export function isEvaluationReminderDue(requestedAt: Date, now: Date, evaluationsGiven: number): boolean {
  const age = now.getTime() - requestedAt.getTime();
  return (
    evaluationsGiven === 0 &&
    age >= EVALUATION_REMINDER_DAYS * DAY &&
    age < EVALUATION_REMINDER_WINDOW_DAYS * DAY
  );
}

/** The bounds of requestedAt for a scan at `now` (as isEvaluationReminderDue): [after, notAfter]. */
export function evaluationReminderWindow(now: Date): { after: Date; notAfter: Date } {
  return {
    after: new Date(now.getTime() - EVALUATION_REMINDER_WINDOW_DAYS * DAY),
    notAfter: new Date(now.getTime() - EVALUATION_REMINDER_DAYS * DAY),
  };
}
