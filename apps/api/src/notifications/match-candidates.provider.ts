import type { MatchReason } from '@klussenbank/domain';
import { Injectable, Logger } from '@nestjs/common';

/** One person a published klus should be offered to, with why (shown in the notification). */
export interface MatchCandidate {
  userId: string;
  /** 0–100, higher is better (scoreMatch in libs/domain). */
  score: number;
  /** Why: the matched skills with their level, learning goals, hours, place (shown in the mail). */
  reasons: readonly MatchReason[];
}

/**
 * The seam between matching (who fits a klus: profiles, skills, learning goals — the profiles
 * module) and notifying (this module). The provider yields candidates in batches so a fan-out to
 * thousands never holds them all; it excludes the poster, the people already on the klus and those
 * who cannot see it. The fan-out is idempotent, so yielding a candidate twice is harmless. A provider
 * may hold a database connection while its batches are taken (MatchingService: a cursor), so take
 * them with `for await`, whose early exit or failure lets the provider let go.
 */
export interface MatchCandidatesProvider {
  candidates(taskId: string): AsyncIterable<MatchCandidate[]>;
}

export const MATCH_CANDIDATES = Symbol('MatchCandidatesProvider');

/**
 * Stands in until the profiles module wires its SQL provider (WorkerModule.forRoot's
 * `matchCandidates`): without profiles nobody can be matched, so a published klus notifies nobody,
 * and the log says so rather than pretending.
 */
@Injectable()
export class NoMatchCandidates implements MatchCandidatesProvider {
  private readonly logger = new Logger(NoMatchCandidates.name);

  // eslint-disable-next-line @typescript-eslint/require-await, require-yield -- yields nothing, on purpose
  async *candidates(taskId: string): AsyncIterable<MatchCandidate[]> {
    this.logger.warn(`No match candidates provider is wired yet; klus ${taskId} is offered to nobody`);
  }
}
