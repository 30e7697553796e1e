import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Disputes over a participant's correction (libs/domain/src/ledger.ts). Append-only like the ledger:
 * the poster's side `accepted` or `opened` a dispute (once per correction); an org-admin of either
 * organisation `settled` it with the final hours. A settlement that changes the hours appends a
 * reversal plus a `settlement` entry, so the ledger gains that kind.
 */
export class LedgerDisputes1764110000000 implements MigrationInterface {
  name = 'LedgerDisputes1764110000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_kind_check`);
    await db.query(
      `ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_kind_check
         CHECK (kind IN ('original', 'reversal', 'correction', 'settlement'))`,
    );
    await db.query(`CREATE INDEX ledger_entries_chain ON ledger_entries (task_id, participant_id)`);
    await db.query(`
      CREATE TABLE ledger_disputes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        entry_id uuid NOT NULL REFERENCES ledger_entries(id),
        event text NOT NULL CHECK (event IN ('accepted', 'opened', 'settled')),
        hours numeric(6,2) CHECK (hours >= 0),
        note text CHECK (char_length(note) <= 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid NOT NULL REFERENCES users(id),
        CHECK ((event = 'settled') = (hours IS NOT NULL)),
        CHECK (event = 'accepted' OR note IS NOT NULL)
      )`);
    // The poster's side answers a correction once; a dispute is settled once.
    await db.query(
      `CREATE UNIQUE INDEX ledger_disputes_answered_once ON ledger_disputes (entry_id) WHERE event IN ('accepted', 'opened')`,
    );
    await db.query(
      `CREATE UNIQUE INDEX ledger_disputes_settled_once ON ledger_disputes (entry_id) WHERE event = 'settled'`,
    );
    await db.query(
      `CREATE TRIGGER ledger_disputes_append_only BEFORE UPDATE OR DELETE ON ledger_disputes
         FOR EACH ROW EXECUTE FUNCTION kb_ledger_append_only()`,
    );
    await db.query(
      `CREATE TRIGGER ledger_disputes_no_truncate BEFORE TRUNCATE ON ledger_disputes
         FOR EACH STATEMENT EXECUTE FUNCTION kb_ledger_append_only()`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE ledger_disputes`);
    await db.query(`DROP INDEX ledger_entries_chain`);
    // Settlement entries cannot be removed (append-only): going back needs a ledger without them.
    await db.query(`ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_kind_check`);
    await db.query(
      `ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_kind_check
         CHECK (kind IN ('original', 'reversal', 'correction'))`,
    );
  }
}
