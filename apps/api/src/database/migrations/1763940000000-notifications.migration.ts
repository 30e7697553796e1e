import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notification pipeline: the transactional outbox, e-mail deliveries with their
 * exactly-once key, and each person's rhythm per channel. In-app notifications already live in
 * `notifications` (foundation); they get an index for the unread count.
 */
export class Notifications1763940000000 implements MigrationInterface {
  name = 'Notifications1763940000000';

  async up(db: QueryRunner): Promise<void> {
    // One row per notifiable change, written in the change's own transaction. `event_key` names the
    // event (a natural key such as 'claim.accepted:<claim id>' where there is one), so recording the
    // same event twice leaves one row.
    await db.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        type text NOT NULL,
        event_key text NOT NULL UNIQUE,
        data jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        relayed_at timestamptz
      )`);
    await db.query(`CREATE INDEX outbox_unrelayed_idx ON outbox (id) WHERE relayed_at IS NULL`);
    // Wakes the relay when a transaction that wrote outbox rows commits (nothing on a rollback).
    await db.query(`
      CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('kb_outbox', '');
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER outbox_notify AFTER INSERT ON outbox
      FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()`);

    // No row means the default: immediately on both channels. In-app is a list one looks at, so it
    // is either on (immediately) or off; bundling is for e-mail.
    await db.query(`
      CREATE TABLE notification_preferences (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        channel text NOT NULL CHECK (channel IN ('in-app', 'email')),
        rhythm text NOT NULL CHECK (rhythm IN ('immediately', 'daily', 'weekly', 'off')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, channel),
        CONSTRAINT notification_preferences_in_app_check CHECK (channel = 'email' OR rhythm IN ('immediately', 'off'))
      )`);

    // One e-mail for one person about one event: "exactly once, as users see it" is the unique key.
    // A digest is a delivery too (event_key 'digest:daily:2026-11-24'); the items it bundles point to it.
    await db.query(`
      CREATE TABLE deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        event_key text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('email')),
        type text NOT NULL,
        data jsonb NOT NULL DEFAULT '{}',
        rhythm text NOT NULL CHECK (rhythm IN ('immediately', 'daily', 'weekly')),
        status text NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'sending', 'sent', 'bundled', 'skipped', 'failed')),
        digest_id uuid REFERENCES deliveries (id) ON DELETE SET NULL,
        attempts integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CONSTRAINT deliveries_once UNIQUE (user_id, event_key, channel)
      )`);
    await db.query(`
      CREATE INDEX deliveries_waiting_for_digest_idx ON deliveries (rhythm, user_id)
       WHERE status = 'pending' AND type <> 'digest' AND rhythm <> 'immediately'`);
    await db.query(
      `CREATE INDEX deliveries_digest_idx ON deliveries (digest_id) WHERE digest_id IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX deliveries_unfinished_idx ON deliveries (created_at) WHERE status IN ('pending', 'sending')`,
    );

    await db.query(`CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX notifications_unread_idx`);
    await db.query(`DROP TABLE deliveries`);
    await db.query(`DROP TABLE notification_preferences`);
    await db.query(`DROP TABLE outbox`);
    await db.query(`DROP FUNCTION outbox_notify()`);
  }
}
