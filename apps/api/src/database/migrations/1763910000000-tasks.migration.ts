import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Klussen and the claims on them. Skills are free names in task_skills for now; the skills issue
 * turns that table into references to a taxonomy (a migration, not a rewrite).
 */
export class Tasks1763910000000 implements MigrationInterface {
  name = 'Tasks1763910000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    // Dutch stemming after removing accents, so "cafe" finds "café".
    await db.query(`CREATE TEXT SEARCH CONFIGURATION kb_dutch (COPY = pg_catalog.dutch)`);
    await db.query(
      `ALTER TEXT SEARCH CONFIGURATION kb_dutch ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem`,
    );
    // Dutch Snowball keeps a doubled final consonant ("plannen" → "plann", "klussen" → "kluss") and the
    // v/z of plurals ("archieven" → "archiev", "huizen" → "huiz"), so "bestemmingsplannen" would miss
    // "bestemmingsplan". Both sides fold those endings: one consonant, v → f, z → s.
    await db.query(`
      CREATE FUNCTION kb_search_lexemes(document text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT array_to_tsvector(ARRAY(
          SELECT DISTINCT regexp_replace(regexp_replace(regexp_replace(lexeme,
                   '([b-df-hj-np-tv-z])\\1$', '\\1'), 'v$', 'f'), 'z$', 's')
            FROM unnest(tsvector_to_array(to_tsvector('public.kb_dutch'::regconfig, coalesce(document, '')))) AS lexeme))
      $$`);
    await db.query(`
      CREATE FUNCTION kb_search_query(query text) RETURNS tsquery
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT to_tsquery('simple', coalesce(string_agg(quote_literal(lexeme) || ':*', ' & '), ''))
          FROM unnest(tsvector_to_array(kb_search_lexemes(query))) AS lexeme
      $$`);

    await db.query(`
      CREATE TABLE tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
        poster_id uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
        description text NOT NULL CHECK (length(description) BETWEEN 1 AND 10000),
        contact_name text NOT NULL DEFAULT '',
        contact_email text NOT NULL DEFAULT '',
        estimated_hours numeric(5, 1) NOT NULL CHECK (estimated_hours > 0 AND estimated_hours <= 400),
        start_date date NOT NULL,
        end_date date NOT NULL,
        location_type text NOT NULL CHECK (location_type IN ('remote', 'on-site', 'hybrid')),
        location_municipality text,
        location_address text,
        capacity integer NOT NULL DEFAULT 1 CHECK (capacity BETWEEN 1 AND 50),
        taken integer NOT NULL DEFAULT 0,
        claim_mode text NOT NULL DEFAULT 'instant' CHECK (claim_mode IN ('instant', 'application')),
        visibility text NOT NULL DEFAULT 'all-partnerships'
          CHECK (visibility IN ('organisation', 'partnership', 'all-partnerships')),
        partnership_id uuid REFERENCES partnerships (id) ON DELETE RESTRICT,
        learning_suitable boolean NOT NULL DEFAULT false,
        dossier_id uuid,
        status text NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'open', 'full', 'in-progress', 'completed', 'cancelled', 'expired')),
        cancel_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        search_vector tsvector,
        CONSTRAINT tasks_dates_check CHECK (end_date >= start_date),
        -- The database's own guard on capacity, whatever the application does.
        CONSTRAINT tasks_taken_check CHECK (taken >= 0 AND taken <= capacity),
        CONSTRAINT tasks_full_check CHECK (status <> 'full' OR taken = capacity),
        CONSTRAINT tasks_partnership_check CHECK ((visibility = 'partnership') = (partnership_id IS NOT NULL)),
        CONSTRAINT tasks_location_check CHECK (location_type = 'remote' OR location_municipality IS NOT NULL)
      )`);
    // Kept up to date by a trigger (title weighs more than description).
    await db.query(`
      CREATE FUNCTION tasks_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector := setweight(kb_search_lexemes(NEW.title), 'A') || setweight(kb_search_lexemes(NEW.description), 'B');
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER tasks_search_vector BEFORE INSERT OR UPDATE OF title, description ON tasks
      FOR EACH ROW EXECUTE FUNCTION tasks_search_vector()`);
    await db.query(`CREATE INDEX tasks_search_idx ON tasks USING gin (search_vector)`);
    await db.query(`CREATE INDEX tasks_status_published_idx ON tasks (status, published_at DESC, id)`);
    await db.query(`CREATE INDEX tasks_status_end_date_idx ON tasks (status, end_date, id)`);
    await db.query(`CREATE INDEX tasks_organisation_idx ON tasks (organisation_id, status)`);
    await db.query(
      `CREATE INDEX tasks_partnership_idx ON tasks (partnership_id, status) WHERE partnership_id IS NOT NULL`,
    );
    await db.query(`CREATE INDEX tasks_poster_idx ON tasks (poster_id, created_at DESC)`);
    await db.query(`CREATE INDEX tasks_dossier_idx ON tasks (dossier_id) WHERE dossier_id IS NOT NULL`);

    await db.query(`
      CREATE TABLE task_skills (
        task_id uuid NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        required boolean NOT NULL,
        PRIMARY KEY (task_id, name)
      )`);
    await db.query(`CREATE INDEX task_skills_name_idx ON task_skills (lower(name), task_id)`);

    await db.query(`
      CREATE TABLE claims (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        task_id uuid NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN
          ('applied', 'awaiting-consent', 'active', 'declined', 'consent-declined', 'withdrawn', 'removed', 'completed')),
        motivation text NOT NULL DEFAULT '' CHECK (length(motivation) <= 2000),
        message text NOT NULL DEFAULT '' CHECK (length(message) <= 2000),
        actual_hours numeric(6, 1) CHECK (actual_hours >= 0 AND actual_hours <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One live claim per person per klus: a double click or a second tab cannot claim twice.
    await db.query(`
      CREATE UNIQUE INDEX claims_one_live_per_user ON claims (task_id, user_id)
       WHERE status IN ('applied', 'awaiting-consent', 'active', 'completed')`);
    await db.query(`CREATE INDEX claims_user_idx ON claims (user_id, created_at DESC)`);
    await db.query(`CREATE INDEX claims_task_idx ON claims (task_id, status)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE claims`);
    await db.query(`DROP TABLE task_skills`);
    await db.query(`DROP TABLE tasks`);
    await db.query(`DROP FUNCTION tasks_search_vector()`);
    await db.query(`DROP FUNCTION kb_search_query(text)`);
    await db.query(`DROP FUNCTION kb_search_lexemes(text)`);
    await db.query(`DROP TEXT SEARCH CONFIGURATION kb_dutch`);
    // unaccent stays: other schemas may use it, and dropping an extension is not ours to do.
  }
}
