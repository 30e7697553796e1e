import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail at most once: a delivery is `handed-over` while the end of its message is on its way to
 * the mail server, and `uncertain` when an attempt stopped after that without the server's answer
 * (it may have the mail; it is never sent again).
 */
export class DeliveryUncertain1763963000000 implements MigrationInterface {
  name = 'DeliveryUncertain1763963000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE deliveries DROP CONSTRAINT deliveries_status_check`);
    await db.query(`
      ALTER TABLE deliveries ADD CONSTRAINT deliveries_status_check
        CHECK (status IN ('pending', 'sending', 'handed-over', 'sent', 'uncertain', 'bundled', 'skipped', 'failed'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    // The old statuses cannot say "may have arrived"; `failed` is the one that is never sent again.
    await db.query(`
      UPDATE deliveries SET status = 'failed', locked_until = NULL,
             last_error = coalesce(last_error, 'may have reached the mail server')
       WHERE status IN ('handed-over', 'uncertain')`);
    await db.query(`ALTER TABLE deliveries DROP CONSTRAINT deliveries_status_check`);
    await db.query(`
      ALTER TABLE deliveries ADD CONSTRAINT deliveries_status_check
        CHECK (status IN ('pending', 'sending', 'sent', 'bundled', 'skipped', 'failed'))`);
  }
}
