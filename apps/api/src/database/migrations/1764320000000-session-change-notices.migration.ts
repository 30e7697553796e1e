import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every API instance keeps the sessions it resolved for a few seconds (`SessionCache`). PostgreSQL
 * tells all of them, on channel `kb_sessions` and at the commit of whatever changed it, when a session
 * ends (`s:<session id>`) or when what a session resolves to changes for a person: roles,
 * organisation, deactivation (`u:<user id>`); also when a session is shortened or changed other than by
 * sliding its expiry. A trigger, so no write path — the API, SCIM, the CSV
 * import, erasure, a manual fix in psql — can forget to say it. Expired sessions that the sweep
 * deletes are not announced: the cache checks the expiry itself.
 */
export class SessionChangeNotices1764320000000 implements MigrationInterface {
  name = 'SessionChangeNotices1764320000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION kb_announce_session_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'sessions' THEN
          PERFORM pg_notify('kb_sessions', 's:' || OLD.id);
        ELSE
          PERFORM pg_notify('kb_sessions', 'u:' || OLD.id);
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER sessions_announce_end AFTER DELETE ON sessions
        FOR EACH ROW WHEN (OLD.expires_at > now())
        EXECUTE FUNCTION kb_announce_session_change()`);
    // Sliding the expiry forward (at most once a minute per session) says nothing; anything that
    // shortens a session or changes whose it is does.
    await db.query(`
      CREATE TRIGGER sessions_announce_change AFTER UPDATE ON sessions
        FOR EACH ROW WHEN (NEW.expires_at < OLD.expires_at
                        OR NEW.created_at IS DISTINCT FROM OLD.created_at
                        OR NEW.user_id IS DISTINCT FROM OLD.user_id
                        OR NEW.token_hash IS DISTINCT FROM OLD.token_hash
                        OR NEW.csrf_token IS DISTINCT FROM OLD.csrf_token)
        EXECUTE FUNCTION kb_announce_session_change()`);
    await db.query(`
      CREATE TRIGGER users_announce_session_change AFTER UPDATE ON users
        FOR EACH ROW WHEN (OLD.roles IS DISTINCT FROM NEW.roles
                        OR OLD.organisation_id IS DISTINCT FROM NEW.organisation_id
                        OR OLD.deactivated_at IS DISTINCT FROM NEW.deactivated_at)
        EXECUTE FUNCTION kb_announce_session_change()`);
    await db.query(`
      CREATE TRIGGER users_announce_removal AFTER DELETE ON users
        FOR EACH ROW EXECUTE FUNCTION kb_announce_session_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER users_announce_removal ON users`);
    await db.query(`DROP TRIGGER users_announce_session_change ON users`);
    await db.query(`DROP TRIGGER sessions_announce_change ON sessions`);
    await db.query(`DROP TRIGGER sessions_announce_end ON sessions`);
    await db.query(`DROP FUNCTION kb_announce_session_change()`);
  }
}
