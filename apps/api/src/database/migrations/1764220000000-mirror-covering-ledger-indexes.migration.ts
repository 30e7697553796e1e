import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The mirror's hour flows (issue 16) sum a period's entries per pair and mark the pairs with an open
 * dispute, which looks at each entry's chain (task and participant). The ledger's per-organisation
 * indexes held the pair and the hours only, so every entry of the period was read from the table
 * (one random heap page per entry: 22 ms for a 20-organisation quarter at national scale). With the
 * chain in the index the read is index-only (4 ms); the balances that use these indexes are unchanged.
 */
export class MirrorCoveringLedgerIndexes1764220000000 implements MigrationInterface {
  name = 'MirrorCoveringLedgerIndexes1764220000000';

  async up(db: QueryRunner): Promise<void> {
    await this.replace(db, 'task_id, participant_id');
  }

  async down(db: QueryRunner): Promise<void> {
    await this.replace(db, null);
  }

  private async replace(db: QueryRunner, chain: string | null): Promise<void> {
    const extra = chain ? `, ${chain}` : '';
    for (const [side, other] of [
      ['giving', 'receiving'],
      ['receiving', 'giving'],
    ]) {
      await db.query(`DROP INDEX ledger_entries_${side}`);
      await db.query(
        `CREATE INDEX ledger_entries_${side} ON ledger_entries (${side}_organisation_id, entry_date)
           INCLUDE (${other}_organisation_id, hours${extra})`,
      );
    }
  }
}
