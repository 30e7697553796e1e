import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hour ledger between organisations (libs/domain/src/ledger.ts). Append-only: a trigger refuses
 * every UPDATE and DELETE (and TRUNCATE), so a correction can only be a reversal plus a new entry.
 * A participant's confirmation is a row of its own in `ledger_confirmations`, append-only too.
 */
export class Ledger1764100000000 implements MigrationInterface {
  name = 'Ledger1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE ledger_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        task_id uuid NOT NULL REFERENCES tasks(id),
        participant_id uuid NOT NULL REFERENCES users(id),
        giving_organisation_id uuid NOT NULL REFERENCES organisations(id),
        receiving_organisation_id uuid NOT NULL REFERENCES organisations(id),
        partnership_id uuid REFERENCES partnerships(id),
        dossier_id uuid REFERENCES dossiers(id),
        hours numeric(6,2) NOT NULL,
        entry_date date NOT NULL,
        kind text NOT NULL CHECK (kind IN ('original', 'reversal', 'correction')),
        reverses_id uuid REFERENCES ledger_entries(id),
        state text NOT NULL CHECK (state IN ('recorded', 'confirmed', 'corrected', 'in-discussion')),
        reason text CHECK (char_length(reason) <= 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid NOT NULL REFERENCES users(id),
        CHECK ((kind = 'reversal') = (reverses_id IS NOT NULL)),
        CHECK (CASE WHEN kind = 'reversal' THEN hours < 0 ELSE hours > 0 END)
      )`);
    // Exactly one original entry per participant of a klus, also when a completion is retried.
    await db.query(
      `CREATE UNIQUE INDEX ledger_entries_original_once ON ledger_entries (task_id, participant_id) WHERE kind = 'original'`,
    );
    // An entry is reversed at most once.
    await db.query(`CREATE UNIQUE INDEX ledger_entries_reversed_once ON ledger_entries (reverses_id)`);
    await db.query(
      `CREATE INDEX ledger_entries_giving ON ledger_entries (giving_organisation_id, entry_date) INCLUDE (receiving_organisation_id, hours)`,
    );
    await db.query(
      `CREATE INDEX ledger_entries_receiving ON ledger_entries (receiving_organisation_id, entry_date) INCLUDE (giving_organisation_id, hours)`,
    );
    await db.query(
      `CREATE INDEX ledger_entries_partnership ON ledger_entries (partnership_id, entry_date) WHERE partnership_id IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX ledger_entries_participant ON ledger_entries (participant_id, created_at DESC)`,
    );
    await db.query(`
      CREATE TABLE ledger_confirmations (
        entry_id uuid PRIMARY KEY REFERENCES ledger_entries(id),
        confirmed_by uuid NOT NULL REFERENCES users(id),
        confirmed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE FUNCTION kb_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the ledger is append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME
          USING ERRCODE = 'restrict_violation';
      END $$`);
    for (const table of ['ledger_entries', 'ledger_confirmations']) {
      await db.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
           FOR EACH ROW EXECUTE FUNCTION kb_ledger_append_only()`,
      );
      await db.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
           FOR EACH STATEMENT EXECUTE FUNCTION kb_ledger_append_only()`,
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE ledger_confirmations`);
    await db.query(`DROP TABLE ledger_entries`);
    await db.query(`DROP FUNCTION kb_ledger_append_only()`);
  }
}
