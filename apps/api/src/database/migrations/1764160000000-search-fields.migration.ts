import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search finds what a klus card shows (issue 15.1). A klus's search vector holds, by weight:
 *   A its title, B the labels of its skills (preferred, alternative and hidden, Dutch and English),
 *   C the posting organisation's name and the place, D its description.
 * The vector depends on other tables, so triggers keep it up to date in the transaction that changes
 * them: task_skills, skill_labels and skills (labels), organisations (name). Statement-level triggers
 * with transition tables recompute each affected klus once per statement, so an import or a merge
 * costs one UPDATE of the klussen it touches.
 *
 * Two fixes to the shared functions:
 * - kb_search_lexemes kept no positions, so setweight() had nothing to weigh and a title hit ranked
 *   like a description hit. It now keeps the positions (the lexemes are the same).
 * - kb_search_query fed its lexemes to to_tsquery('simple'), which parsed "b1-niveau" again into a
 *   phrase that a vector without positions never matched: hyphenated words found nothing. It now
 *   builds the tsquery from the lexemes as they are (each token of the query through kb_dutch on its
 *   own, as ts_debug would skip the unaccent filter), and of a hyphenated word only its parts
 *   ("b1", "niveau"): the document holds the whole and the parts, so "B1-niveau" finds "B1-niveau"
 *   and "B1 niveau", and "niveau" finds both.
 */
export class SearchFields1764160000000 implements MigrationInterface {
  name = 'SearchFields1764160000000';

  async up(db: QueryRunner): Promise<void> {
    // One fold for both sides: Snowball's doubled consonant and v/z of plurals (see the tasks migration).
    await db.query(`
      CREATE FUNCTION kb_search_fold(lexeme text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
        SELECT regexp_replace(regexp_replace(regexp_replace(lexeme,
                 '([b-df-hj-np-tv-z])\\1$', '\\1'), 'v$', 'f'), 'z$', 's')
      $$`);
    // A lexeme quoted for the tsvector and tsquery input syntax (no parser runs over it again).
    await db.query(`
      CREATE FUNCTION kb_search_quote(lexeme text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
        SELECT '''' || replace(replace(lexeme, '\\', '\\\\'), '''', '''''') || ''''
      $$`);
    await db.query(`
      CREATE OR REPLACE FUNCTION kb_search_lexemes(document text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(string_agg(kb_search_quote(lexeme) || ':' || positions, ' '), '')::tsvector
          FROM (SELECT kb_search_fold(v.lexeme) AS lexeme,
                       string_agg(DISTINCT p::text, ',') AS positions
                  FROM unnest(to_tsvector('public.kb_dutch'::regconfig, coalesce(document, ''))) AS v,
                       unnest(v.positions) AS p
                 GROUP BY 1) AS folded
      $$`);
    await db.query(`
      CREATE OR REPLACE FUNCTION kb_search_query(query text) RETURNS tsquery
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(string_agg(kb_search_quote(lexeme) || ':*', ' & '), '')::tsquery
          FROM (SELECT DISTINCT kb_search_fold(lexeme) AS lexeme
                  FROM ts_parse('default', coalesce(query, '')) AS token,
                       unnest(tsvector_to_array(to_tsvector('public.kb_dutch'::regconfig, token.token))) AS lexeme
                 WHERE token.tokid NOT IN (SELECT tokid FROM ts_token_type('default')
                                            WHERE alias IN ('asciihword', 'hword', 'numhword'))) AS words
      $$`);

    await db.query(`
      CREATE FUNCTION kb_task_search_vector(task_id uuid, title text, description text,
                                            organisation_id uuid, municipality text) RETURNS tsvector
      LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT setweight(kb_search_lexemes(title), 'A')
            || setweight(kb_search_lexemes((
                 SELECT string_agg(label, E'\\n') FROM (
                   SELECT l.label FROM task_skills ts JOIN skill_labels l ON l.skill_id = ts.skill_id
                    WHERE ts.task_id = $1
                   UNION
                   SELECT unnest(ARRAY[s.label_nl, s.label_en]) FROM task_skills ts JOIN skills s ON s.id = ts.skill_id
                    WHERE ts.task_id = $1) AS labels)), 'B')
            || setweight(kb_search_lexemes(concat_ws(E'\\n',
                 (SELECT o.name FROM organisations o WHERE o.id = $4), municipality)), 'C')
            || setweight(kb_search_lexemes(description), 'D')
      $$`);
    await db.query(`
      CREATE OR REPLACE FUNCTION tasks_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector := kb_task_search_vector(NEW.id, NEW.title, NEW.description, NEW.organisation_id,
                                                   NEW.location_municipality);
        RETURN NEW;
      END $$`);
    await db.query(`DROP TRIGGER tasks_search_vector ON tasks`);
    await db.query(`
      CREATE TRIGGER tasks_search_vector
        BEFORE INSERT OR UPDATE OF title, description, organisation_id, location_municipality ON tasks
        FOR EACH ROW EXECUTE FUNCTION tasks_search_vector()`);

    // Recomputes the klussen whose ids the statement's changed rows name (`changed`: a query on the
    // transition tables). Only search_vector is written, so the row trigger above does not fire again.
    await db.query(`
      CREATE FUNCTION kb_refresh_task_search(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        UPDATE tasks t
           SET search_vector = kb_task_search_vector(t.id, t.title, t.description, t.organisation_id,
                                                     t.location_municipality)
         WHERE t.id = ANY (ids)
      $$`);
    // task_skills and skill_labels: the klussen named by the rows a statement inserted, updated or
    // deleted. A statement trigger with transition tables takes one event: one trigger per event.
    const refreshers = [
      { table: 'task_skills', ids: (rows: string) => `SELECT task_id FROM ${rows}` },
      {
        table: 'skill_labels',
        ids: (rows: string) =>
          `SELECT ts.task_id FROM task_skills ts WHERE ts.skill_id IN (SELECT skill_id FROM ${rows})`,
      },
    ];
    for (const { table, ids } of refreshers) {
      await db.query(`
        CREATE FUNCTION ${table}_refresh_task_search() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP IN ('INSERT', 'UPDATE') THEN
            PERFORM kb_refresh_task_search(ARRAY(${ids('changed_new')}));
          END IF;
          IF TG_OP IN ('UPDATE', 'DELETE') THEN
            PERFORM kb_refresh_task_search(ARRAY(${ids('changed_old')}));
          END IF;
          RETURN NULL;
        END $$`);
      for (const [event, referencing] of [
        ['INSERT', 'NEW TABLE AS changed_new'],
        ['UPDATE', 'OLD TABLE AS changed_old NEW TABLE AS changed_new'],
        ['DELETE', 'OLD TABLE AS changed_old'],
      ]) {
        await db.query(`
          CREATE TRIGGER ${table}_${event.toLowerCase()}_refresh_task_search AFTER ${event} ON ${table}
            REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION ${table}_refresh_task_search()`);
      }
    }
    // skills and organisations change for other reasons too (status, settings): recompute only the
    // klussen of those whose name changed. A new skill or organisation has no klussen yet.
    await db.query(`
      CREATE FUNCTION skills_refresh_task_search() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM kb_refresh_task_search(ARRAY(
          SELECT ts.task_id FROM task_skills ts WHERE ts.skill_id IN (
            SELECT n.id FROM changed_new n JOIN changed_old o ON o.id = n.id
             WHERE (n.label_nl, n.label_en) IS DISTINCT FROM (o.label_nl, o.label_en))));
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE FUNCTION organisations_refresh_task_search() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM kb_refresh_task_search(ARRAY(
          SELECT t.id FROM tasks t WHERE t.organisation_id IN (
            SELECT n.id FROM changed_new n JOIN changed_old o ON o.id = n.id WHERE n.name IS DISTINCT FROM o.name)));
        RETURN NULL;
      END $$`);
    for (const table of ['skills', 'organisations']) {
      await db.query(`
        CREATE TRIGGER ${table}_update_refresh_task_search AFTER UPDATE ON ${table}
          REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
          FOR EACH STATEMENT EXECUTE FUNCTION ${table}_refresh_task_search()`);
    }

    // Every klus and dossier anew: positions, weights, skills, organisation and place.
    await db.query(`SELECT kb_refresh_task_search(ARRAY(SELECT id FROM tasks))`);
    await db.query(`
      UPDATE dossiers SET search_vector = setweight(kb_search_lexemes(title), 'A')
        || setweight(kb_search_lexemes(goal), 'B') || setweight(kb_search_lexemes(description), 'C')`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [name, table, events] of [
      ['task_skills', 'task_skills', ['insert', 'update', 'delete']],
      ['skill_labels', 'skill_labels', ['insert', 'update', 'delete']],
      ['skills', 'skills', ['update']],
      ['organisations', 'organisations', ['update']],
    ] as const) {
      for (const event of events)
        await db.query(`DROP TRIGGER ${name}_${event}_refresh_task_search ON ${table}`);
      await db.query(`DROP FUNCTION ${name}_refresh_task_search()`);
    }
    await db.query(`DROP FUNCTION kb_refresh_task_search(uuid[])`);
    await db.query(`DROP TRIGGER tasks_search_vector ON tasks`);
    await db.query(`
      CREATE OR REPLACE FUNCTION tasks_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector := setweight(kb_search_lexemes(NEW.title), 'A') || setweight(kb_search_lexemes(NEW.description), 'B');
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER tasks_search_vector BEFORE INSERT OR UPDATE OF title, description ON tasks
      FOR EACH ROW EXECUTE FUNCTION tasks_search_vector()`);
    await db.query(`DROP FUNCTION kb_task_search_vector(uuid, text, text, uuid, text)`);
    await db.query(`
      CREATE OR REPLACE FUNCTION kb_search_lexemes(document text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT array_to_tsvector(ARRAY(
          SELECT DISTINCT regexp_replace(regexp_replace(regexp_replace(lexeme,
                   '([b-df-hj-np-tv-z])\\1$', '\\1'), 'v$', 'f'), 'z$', 's')
            FROM unnest(tsvector_to_array(to_tsvector('public.kb_dutch'::regconfig, coalesce(document, '')))) AS lexeme))
      $$`);
    await db.query(`
      CREATE OR REPLACE FUNCTION kb_search_query(query text) RETURNS tsquery
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT to_tsquery('simple', coalesce(string_agg(quote_literal(lexeme) || ':*', ' & '), ''))
          FROM unnest(tsvector_to_array(kb_search_lexemes(query))) AS lexeme
      $$`);
    await db.query(`DROP FUNCTION kb_search_quote(text)`);
    await db.query(`DROP FUNCTION kb_search_fold(text)`);
    await db.query(`UPDATE tasks SET title = title`);
    await db.query(`UPDATE dossiers SET title = title`);
  }
}
