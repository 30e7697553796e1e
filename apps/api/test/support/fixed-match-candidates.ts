import type { DataSource } from 'typeorm';
import type {
  MatchCandidate,
  MatchCandidatesProvider,
} from '../../src/notifications/match-candidates.provider.js';

const TEST_REASONS = [{ kind: 'required', skill: 'GIS', level: 'expert', demonstrated: false }] as const;

/**
 * A stand-in for the profiles module's matching (a sibling module, not the database, queue or
 * mail server, which stay real): the candidates are real users of the test database whose e-mail
 * starts with `emailPrefix`, in batches, each taking `batchDelayMs` like a scoring query would.
 */
export class FixedMatchCandidates implements MatchCandidatesProvider {
  constructor(
    private readonly db: DataSource,
    private readonly emailPrefix: string,
    private readonly batchSize = 500,
    private readonly batchDelayMs = 0,
  ) {}

  async *candidates(): AsyncIterable<MatchCandidate[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.db.query<{ id: string }[]>(
        `SELECT id FROM users WHERE email LIKE $1 AND id > $2 ORDER BY id LIMIT $3`,
        [`${this.emailPrefix}%`, after, this.batchSize],
      );
      if (rows.length === 0) return;
      if (this.batchDelayMs) await new Promise((resolve) => setTimeout(resolve, this.batchDelayMs));
      yield rows.map(({ id }) => ({ userId: id, score: 80, reasons: TEST_REASONS }));
      after = rows.at(-1)!.id;
    }
  }
}
