import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The skill taxonomy: ESCO concepts and skills people proposed, each with its labels in Dutch and
 * English. A label is matched on `normalised`, which a trigger keeps equal to kb_normalise_label(label)
 * (the domain's normaliseLabel does the same in TypeScript).
 */
export class Skills1763930000000 implements MigrationInterface {
  name = 'Skills1763930000000';

  async up(db: QueryRunner): Promise<void> {
    // unaccent comes from the tasks migration; this makes the dependency explicit.
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await db.query(`
      CREATE FUNCTION kb_normalise_label(label text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
        SELECT lower(public.unaccent('public.unaccent'::regdictionary,
                     btrim(regexp_replace(label, '[[:space:]\\u00a0]+', ' ', 'g'))))
      $$`);

    await db.query(`
      CREATE TABLE skills (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        esco_uri text UNIQUE CHECK (length(esco_uri) <= 500),
        label_nl text NOT NULL CHECK (length(label_nl) BETWEEN 1 AND 300),
        label_en text CHECK (length(label_en) BETWEEN 1 AND 300),
        category text CHECK (length(category) BETWEEN 1 AND 80),
        description text CHECK (length(description) <= 10000),
        active boolean NOT NULL DEFAULT true,
        verified boolean NOT NULL DEFAULT false,
        merged_into uuid REFERENCES skills (id) ON DELETE RESTRICT,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- A merged skill is switched off and points elsewhere, never at itself.
        CONSTRAINT skills_merge_check CHECK (merged_into IS NULL OR (merged_into <> id AND NOT active))
      )`);
    await db.query(
      `CREATE INDEX skills_merged_into_idx ON skills (merged_into) WHERE merged_into IS NOT NULL`,
    );
    await db.query(`CREATE INDEX skills_created_by_idx ON skills (created_by) WHERE created_by IS NOT NULL`);

    await db.query(`
      CREATE TABLE skill_labels (
        skill_id uuid NOT NULL REFERENCES skills (id) ON DELETE CASCADE,
        lang text NOT NULL CHECK (lang IN ('nl', 'en')),
        label text NOT NULL CHECK (length(label) BETWEEN 1 AND 300),
        kind text NOT NULL CHECK (kind IN ('preferred', 'alt', 'hidden')),
        normalised text NOT NULL,
        PRIMARY KEY (skill_id, lang, normalised)
      )`);
    await db.query(`
      CREATE FUNCTION skill_labels_normalise() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.normalised := kb_normalise_label(NEW.label);
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER skill_labels_normalise BEFORE INSERT OR UPDATE ON skill_labels
      FOR EACH ROW EXECUTE FUNCTION skill_labels_normalise()`);
    await db.query(
      `CREATE UNIQUE INDEX skill_labels_one_preferred ON skill_labels (skill_id, lang) WHERE kind = 'preferred'`,
    );
    // Look-up by name (=) and by the start of a label (LIKE 'gis%').
    await db.query(`CREATE INDEX skill_labels_normalised_idx ON skill_labels (normalised text_pattern_ops)`);
    // Word starts anywhere in a label ("advies" finds "juridisch advies"): prefix queries on the
    // label's words. Much cheaper to keep up to date during an import than a trigram index.
    await db.query(
      `CREATE INDEX skill_labels_words_idx ON skill_labels USING gin (to_tsvector('simple', normalised))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE skill_labels`);
    await db.query(`DROP FUNCTION skill_labels_normalise()`);
    await db.query(`DROP TABLE skills`);
    await db.query(`DROP FUNCTION kb_normalise_label(text)`);
    // unaccent stays: dropping an extension is not ours to do.
  }
}
