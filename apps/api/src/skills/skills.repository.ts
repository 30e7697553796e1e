import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EscoSkill, SkillLabel, SkillLanguage, SkillStatus } from '@klussenbank/domain';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import type { SkillDetailDto, SkillSearchHitDto } from './dto/skill.dto.js';

const KIND_ORDER = `CASE l.kind WHEN 'preferred' THEN 0 WHEN 'alt' THEN 1 ELSE 2 END`;

/** The columns of SkillDetailDto, for skills `s`, labels in language $lang. */
const detailColumns = (lang: string) => `
  s.id, CASE WHEN ${lang} = 'en' THEN coalesce(s.label_en, s.label_nl) ELSE s.label_nl END AS label,
  s.label_nl AS "labelNl", s.label_en AS "labelEn",
  ARRAY(SELECT a.label FROM skill_labels a
         WHERE a.skill_id = s.id AND a.lang = ${lang} AND a.kind = 'alt' ORDER BY a.normalised) AS "altLabels",
  s.esco_uri AS "escoUri", s.category, s.verified, s.status`;

/** Only the shared taxonomy (the domain's isSharedSkill): lists, search, profiles, matching. */
export const SHARED_SKILL = (alias: string) => `${alias}.status = 'accepted'`;

const IMPORT_LOCK = `hashtext('klussenbank:skill-import')`;

export interface SkillRow extends SkillSearchHitDto {
  total?: number;
}

export interface SkillWithOwner extends SkillDetailDto {
  organisationId: string | null;
}

export interface SkillProposalRow {
  id: string;
  label: string;
  organisationId: string;
  organisationName: string;
  createdAt: Date;
  tasks: number;
  dossiers: number;
}

export interface LockedSkill {
  id: string;
  active: boolean;
  mergedInto: string | null;
  labelNl: string;
  status: SkillStatus;
}

export interface SkillReference {
  table: string;
  /** The column that holds the skill's id. */
  column: string;
  /** For each unique key that includes that column: its other columns. */
  uniqueKeys: string[][];
}

/** A skill row of the ESCO import. */
export interface EscoSkillRow {
  id: string;
  uri: string;
  mergedInto: string | null;
}

/** The SQL of the skill taxonomy and its ESCO import: the services decide, this reads and writes. */
@Injectable()
export class SkillsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** A connection of its own (the ESCO import holds a session lock and runs its own transactions). */
  async connect(): Promise<QueryRunner> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    return runner;
  }

  /** Live skills, one page, by label in `lang`; every row carries the total. */
  listLive(lang: SkillLanguage, limit: number, offset: number): Promise<SkillRow[]> {
    return this.db.query<SkillRow[]>(
      `SELECT ${detailColumns('$1')}, NULL AS "matchedLabel", count(*) OVER ()::int AS total
         FROM skills s
        WHERE s.active AND s.merged_into IS NULL AND ${SHARED_SKILL('s')}
        ORDER BY lower(CASE WHEN $1 = 'en' THEN coalesce(s.label_en, s.label_nl) ELSE s.label_nl END), s.id
        LIMIT $2 OFFSET $3`,
      [lang, limit, offset],
    );
  }

  /**
   * Live skills with a label in which every word of `words` starts a word, one page, best first:
   * the whole label, then its start, then a word inside it; a preferred label before a synonym.
   */
  searchLive(
    words: readonly string[],
    lang: SkillLanguage,
    limit: number,
    offset: number,
  ): Promise<SkillRow[]> {
    const params: unknown[] = [lang, limit, offset];
    const add = (value: unknown) => `$${params.push(value)}`;
    const phrase = words.join(' ');
    // Every word starts a word of the same label (the GIN index on the label's words answers this).
    const where = `to_tsvector('simple', l.normalised) @@ to_tsquery('simple', ${add(prefixQuery(words))})`;
    const rank = `CASE WHEN l.normalised = ${add(phrase)} THEN 0
                       WHEN l.normalised LIKE ${add(`${escapeLike(phrase)}%`)} THEN 1 ELSE 2 END * 3 + ${KIND_ORDER}`;
    // The label that matched best (one in the language asked for first): shown when it is a synonym.
    const matched = `(array_agg(l.label ORDER BY ${rank}, (l.lang = $1) DESC, l.normalised))[1]`;
    return this.db.query<SkillRow[]>(
      `WITH hits AS (
         SELECT l.skill_id, min(${rank}) AS score, ${matched} AS matched
           FROM skill_labels l WHERE ${where} GROUP BY l.skill_id
       )
       SELECT ${detailColumns('$1')},
              CASE WHEN kb_normalise_label(h.matched) = kb_normalise_label(
                          CASE WHEN $1 = 'en' THEN coalesce(s.label_en, s.label_nl) ELSE s.label_nl END)
                   THEN NULL ELSE h.matched END AS "matchedLabel",
              count(*) OVER ()::int AS total
         FROM hits h JOIN skills s ON s.id = h.skill_id
        WHERE s.active AND s.merged_into IS NULL AND ${SHARED_SKILL('s')}
        ORDER BY h.score, lower(CASE WHEN $1 = 'en' THEN coalesce(s.label_en, s.label_nl) ELSE s.label_nl END), s.id
        LIMIT $2 OFFSET $3`,
      params,
    );
  }

  /** How many live skills `searchLive` (or `listLive`, without words) finds. */
  async countLive(words: readonly string[]): Promise<number> {
    const [row] = await this.db.query<[{ total: number }]>(
      `SELECT count(*)::int AS total FROM skills s
        WHERE s.active AND s.merged_into IS NULL AND ${SHARED_SKILL('s')}
          AND ($1 = '' OR EXISTS (
                SELECT 1 FROM skill_labels l
                 WHERE l.skill_id = s.id AND to_tsvector('simple', l.normalised) @@ to_tsquery('simple', $1)))`,
      [words.length ? prefixQuery(words) : ''],
    );
    return row.total;
  }

  /** One skill, merged or not. */
  async find(id: string, lang: SkillLanguage, manager: EntityManager = this.db.manager) {
    const [row] = await manager.query<SkillWithOwner[]>(
      `SELECT ${detailColumns('$2')}, s.description, s.active, s.merged_into AS "mergedInto",
              s.organisation_id AS "organisationId"
         FROM skills s WHERE s.id = $1`,
      [id, lang],
    );
    return row as SkillWithOwner | undefined;
  }

  /** The live skill one of these normalised names is a label of (a preferred label first). */
  async findLiveByLabel(
    tx: EntityManager,
    keys: readonly string[],
    organisationId: string | null,
    except?: string,
  ): Promise<{ id: string; label: string; matched: string } | undefined> {
    const [existing] = await tx.query<{ id: string; label: string; matched: string }[]>(
      `SELECT s.id, s.label_nl AS label, l.label AS matched
         FROM skill_labels l JOIN skills s ON s.id = l.skill_id
        WHERE l.normalised = ANY($1) AND s.active AND s.merged_into IS NULL
          AND (${SHARED_SKILL('s')} OR s.organisation_id = $2) AND s.id IS DISTINCT FROM $3
        ORDER BY ${SHARED_SKILL('s')} DESC, ${KIND_ORDER}, s.id LIMIT 1`,
      [keys, organisationId, except ?? null],
    );
    return existing;
  }

  async insert(
    tx: EntityManager,
    skill: {
      labelNl: string;
      labelEn: string | null;
      category: string | null;
      verified: boolean;
      createdBy: string | null;
    },
  ): Promise<string> {
    const [{ id }] = await tx.query<[{ id: string }]>(
      `INSERT INTO skills (label_nl, label_en, category, verified, created_by)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [skill.labelNl, skill.labelEn, skill.category, skill.verified, skill.createdBy],
    );
    return id;
  }

  /** A free name a klus or dossier brought: unverified, private to its organisation, proposed to its admins. */
  async insertProposed(
    manager: EntityManager,
    label: string,
    lang: SkillLanguage,
    proposer: { id: string | null; organisationId: string },
  ): Promise<string> {
    const [{ id }] = await manager.query<[{ id: string }]>(
      `INSERT INTO skills (label_nl, label_en, verified, created_by, status, organisation_id)
       VALUES ($1, $2, false, $3, 'proposed', $4) RETURNING id`,
      [label, lang === 'en' ? label : null, proposer.id, proposer.organisationId],
    );
    return id;
  }

  /** The proposals (free names) of one organisation, or of all for `null`, the most used first. */
  listProposals(
    organisationId: string | null,
    limit: number,
    offset: number,
  ): Promise<(SkillProposalRow & { total: number })[]> {
    return this.db.query<(SkillProposalRow & { total: number })[]>(
      `SELECT p.*, count(*) OVER ()::int AS total FROM (
         SELECT s.id, s.label_nl AS label, s.organisation_id AS "organisationId", o.name AS "organisationName",
                s.created_at AS "createdAt",
                (SELECT count(*)::int FROM task_skills ts WHERE ts.skill_id = s.id) AS tasks,
                (SELECT count(*)::int FROM dossier_skills ds WHERE ds.skill_id = s.id) AS dossiers
           FROM skills s JOIN organisations o ON o.id = s.organisation_id
          WHERE s.status = 'proposed' AND s.active AND s.merged_into IS NULL
            AND ($1::uuid IS NULL OR s.organisation_id = $1)
       ) p
        ORDER BY p.tasks + p.dossiers DESC, lower(p.label), p.id
        LIMIT $2 OFFSET $3`,
      [organisationId, limit, offset],
    );
  }

  /** One skill's status and organisation, locked for a review. */
  async lockForReview(
    tx: EntityManager,
    id: string,
  ): Promise<
    { status: SkillStatus; organisationId: string | null; active: boolean; labelNl: string } | undefined
  > {
    const [row] = await tx.query<
      { status: SkillStatus; organisationId: string | null; active: boolean; labelNl: string }[]
    >(
      `SELECT status, organisation_id AS "organisationId", active AND merged_into IS NULL AS active,
              label_nl AS "labelNl"
         FROM skills WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row;
  }

  async setStatus(tx: EntityManager, id: string, status: SkillStatus): Promise<void> {
    await tx.query(`UPDATE skills SET status = $2, updated_at = now() WHERE id = $1`, [id, status]);
  }

  /** Normalised labels of one skill (to look for a shared skill that already has one of them). */
  async normalisedLabels(tx: EntityManager, id: string): Promise<string[]> {
    const rows = await tx.query<{ normalised: string }[]>(
      `SELECT DISTINCT normalised FROM skill_labels WHERE skill_id = $1`,
      [id],
    );
    return rows.map((r) => r.normalised);
  }

  /** Serialises transactions that create skills under the same names (held until commit). */
  async lockNames(manager: EntityManager, keys: readonly string[]): Promise<void> {
    const sorted = [...new Set(keys)].sort();
    if (sorted.length === 0) return;
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtext('skill-label:' || key)) FROM unnest($1::text[]) AS key ORDER BY key`,
      [sorted],
    );
  }

  /**
   * The live skill of each normalised name: a preferred label before a synonym, one in `lang`
   * before one in the other language, a verified skill before a proposal.
   */
  async findByNames(
    manager: EntityManager,
    keys: readonly string[],
    lang: SkillLanguage,
    organisationId: string,
  ): Promise<Map<string, string>> {
    if (keys.length === 0) return new Map();
    // The domain's canReuseSkillName: a shared skill, or one of this organisation's own private names.
    const rows = await manager.query<{ normalised: string; id: string }[]>(
      `SELECT DISTINCT ON (l.normalised) l.normalised, s.id
         FROM skill_labels l JOIN skills s ON s.id = l.skill_id
        WHERE l.normalised = ANY($1) AND s.active AND s.merged_into IS NULL
          AND (${SHARED_SKILL('s')} OR s.organisation_id = $3)
        ORDER BY l.normalised, ${SHARED_SKILL('s')} DESC, ${KIND_ORDER}, (l.lang = $2) DESC, s.verified DESC,
                 s.created_at, s.id`,
      [keys, lang, organisationId],
    );
    return new Map(rows.map((row) => [row.normalised, row.id]));
  }

  /** Which of these ids are live skills the organisation may use (shared, or its own private names). */
  async usableIds(
    manager: EntityManager,
    ids: readonly string[],
    organisationId: string,
  ): Promise<Set<string>> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT s.id FROM skills s
        WHERE s.id = ANY($1::uuid[]) AND s.active AND s.merged_into IS NULL
          AND (${SHARED_SKILL('s')} OR s.organisation_id = $2)`,
      [[...new Set(ids)], organisationId],
    );
    return new Set(rows.map((row) => row.id));
  }

  async insertLabels(
    manager: EntityManager,
    skillId: string,
    labels: Record<SkillLanguage, readonly SkillLabel[]>,
  ): Promise<void> {
    const rows = (Object.keys(labels) as SkillLanguage[]).flatMap((lang) =>
      labels[lang].map((l) => ({ lang, ...l })),
    );
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO skill_labels (skill_id, lang, label, kind)
       SELECT $1, lang, label, kind FROM unnest($2::text[], $3::text[], $4::text[]) AS t(lang, label, kind)
       ON CONFLICT DO NOTHING`,
      [skillId, rows.map((r) => r.lang), rows.map((r) => r.label), rows.map((r) => r.kind)],
    );
  }

  /** The two skills of a merge, locked in id order. */
  lockPair(tx: EntityManager, sourceId: string, targetId: string): Promise<LockedSkill[]> {
    return tx.query<LockedSkill[]>(
      `SELECT id, active, merged_into AS "mergedInto", label_nl AS "labelNl", status
         FROM skills WHERE id IN ($1, $2) ORDER BY id FOR UPDATE`,
      [sourceId, targetId],
    );
  }

  /**
   * Every column that references skills through a foreign key, read from the catalogue so a table added
   * later is re-pointed too. skills.merged_into and skill_labels are the merge's own business. Ordered by
   * table, so concurrent merges lock tables in one order.
   */
  references(manager: EntityManager): Promise<SkillReference[]> {
    return manager.query<SkillReference[]>(
      `SELECT t.relname AS "table", a.attname AS "column",
              coalesce((SELECT json_agg(ARRAY(SELECT k.attname::text FROM pg_attribute k
                                                WHERE k.attrelid = i.indrelid AND k.attnum = ANY(i.indkey)
                                                  AND k.attnum <> a.attnum ORDER BY k.attnum))
                          FROM pg_index i
                         WHERE i.indrelid = t.oid AND i.indisunique AND i.indpred IS NULL
                           AND a.attnum = ANY(i.indkey)), '[]') AS "uniqueKeys"
         FROM pg_constraint c
         JOIN pg_class t ON t.oid = c.conrelid
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'f' AND c.confrelid = 'skills'::regclass AND cardinality(c.conkey) = 1
          AND t.oid NOT IN ('skills'::regclass, 'skill_labels'::regclass)
        ORDER BY t.relname, a.attname`,
    );
  }

  /**
   * Re-points one reference from source to target; a row that would then exist twice under one of
   * the unique keys is dropped (the target's own row wins). Answers how many rows moved.
   */
  async repoint(
    tx: EntityManager,
    reference: SkillReference,
    sourceId: string,
    targetId: string,
  ): Promise<number> {
    const { table, column, uniqueKeys } = reference;
    for (const key of uniqueKeys) {
      const sameRow = ['true', ...key.map((other) => `dup."${other}" = src."${other}"`)].join(' AND ');
      await tx.query(
        `DELETE FROM "${table}" src WHERE src."${column}" = $1
            AND EXISTS (SELECT 1 FROM "${table}" dup WHERE dup."${column}" = $2 AND ${sameRow})`,
        [sourceId, targetId],
      );
    }
    const [, moved] = await tx.query<[unknown, number]>(
      `UPDATE "${table}" SET "${column}" = $2 WHERE "${column}" = $1`,
      [sourceId, targetId],
    );
    return moved;
  }

  /** Skills merged into the source earlier follow it to the target. */
  async followMerge(tx: EntityManager, sourceId: string, targetId: string): Promise<void> {
    await tx.query(`UPDATE skills SET merged_into = $2, updated_at = now() WHERE merged_into = $1`, [
      sourceId,
      targetId,
    ]);
  }

  /** The source's labels become synonyms of the target (hidden ones stay hidden); answers how many were new. */
  async moveLabels(tx: EntityManager, sourceId: string, targetId: string): Promise<number> {
    const moved = await tx.query<{ inserted: boolean }[]>(
      `INSERT INTO skill_labels AS l (skill_id, lang, label, kind)
       SELECT $2, lang, label, CASE WHEN kind = 'hidden' THEN 'hidden' ELSE 'alt' END
         FROM skill_labels WHERE skill_id = $1
       ON CONFLICT (skill_id, lang, normalised) DO UPDATE SET kind = 'alt'
        WHERE l.kind = 'hidden' AND EXCLUDED.kind = 'alt'
       RETURNING (xmax = 0) AS inserted`,
      [sourceId, targetId],
    );
    await tx.query(`DELETE FROM skill_labels WHERE skill_id = $1`, [sourceId]);
    return moved.filter((row) => row.inserted).length;
  }

  /** The source is switched off, pointing at the target. */
  async retire(tx: EntityManager, sourceId: string, targetId: string): Promise<void> {
    await tx.query(`UPDATE skills SET merged_into = $2, active = false, updated_at = now() WHERE id = $1`, [
      sourceId,
      targetId,
    ]);
  }

  /** One import at a time: a session lock on the import's own connection. False when another holds it. */
  async tryLockImport(runner: QueryRunner): Promise<boolean> {
    const [{ locked }] = await runner.manager.query<[{ locked: boolean }]>(
      `SELECT pg_try_advisory_lock(${IMPORT_LOCK}) AS locked`,
    );
    return locked;
  }

  async unlockImport(runner: QueryRunner): Promise<void> {
    await runner.query(`SELECT pg_advisory_unlock(${IMPORT_LOCK})`);
  }

  /** Fresh statistics for the planner while an import grows the tables. */
  async analyze(runner: QueryRunner): Promise<void> {
    await runner.query(`ANALYZE skills, skill_labels`);
  }

  /** Writes ESCO concepts by conceptUri; answers only the rows that really changed. */
  upsertEsco(
    manager: EntityManager,
    skills: readonly EscoSkill[],
    lang: SkillLanguage,
  ): Promise<{ uri: string; inserted: boolean }[]> {
    return manager.query<{ uri: string; inserted: boolean }[]>(
      lang === 'nl' ? UPSERT_DUTCH : UPSERT_ENGLISH,
      [
        skills.map((s) => s.uri),
        skills.map((s) => s.preferredLabel),
        skills.map((s) => s.category),
        skills.map((s) => s.description),
      ],
    );
  }

  /**
   * Concepts not yet in the taxonomy that an existing shared skill (one without an ESCO URI, e.g. the
   * demo's or a platform admin's) already names: pairs of concept and skill where a preferred or
   * alternative label of the concept equals one of the skill's, in either language, after normalising.
   * Best first: the concept's preferred label before its synonyms, the skill's preferred label before its.
   */
  findExistingForEsco(
    manager: EntityManager,
    skills: readonly EscoSkill[],
  ): Promise<{ uri: string; id: string }[]> {
    const labels = skills.flatMap((s) =>
      s.labels.filter((l) => l.kind !== 'hidden').map((l) => ({ uri: s.uri, ...l })),
    );
    if (labels.length === 0) return Promise.resolve([]);
    return manager.query<{ uri: string; id: string }[]>(
      `SELECT i.uri, s.id
         FROM unnest($1::text[], $2::text[], $3::text[]) AS i(uri, label, kind)
         JOIN skill_labels l ON l.normalised = kb_normalise_label(i.label) AND l.kind IN ('preferred', 'alt')
         JOIN skills s ON s.id = l.skill_id
        WHERE s.esco_uri IS NULL AND s.active AND s.merged_into IS NULL AND ${SHARED_SKILL('s')}
          AND NOT EXISTS (SELECT 1 FROM skills e WHERE e.esco_uri = i.uri)
        GROUP BY i.uri, s.id
        ORDER BY min(CASE WHEN i.kind = 'preferred' THEN 0 ELSE 2 END + CASE WHEN l.kind = 'preferred' THEN 0 ELSE 1 END),
                 i.uri, s.id`,
      [labels.map((l) => l.uri), labels.map((l) => l.label), labels.map((l) => l.kind)],
    );
  }

  /** An existing skill becomes the ESCO concept: the upsert by URI then brings ESCO's labels to it. */
  async attachEscoUris(manager: EntityManager, pairs: readonly { uri: string; id: string }[]): Promise<void> {
    if (pairs.length === 0) return;
    await manager.query(
      `UPDATE skills s SET esco_uri = i.uri, updated_at = now()
         FROM unnest($1::uuid[], $2::text[]) AS i(id, uri) WHERE s.id = i.id`,
      [pairs.map((p) => p.id), pairs.map((p) => p.uri)],
    );
  }

  findByEscoUris(manager: EntityManager, uris: readonly string[]): Promise<EscoSkillRow[]> {
    return manager.query<EscoSkillRow[]>(
      `SELECT id, esco_uri AS uri, merged_into AS "mergedInto" FROM skills WHERE esco_uri = ANY($1)`,
      [uris],
    );
  }

  /** A concept whose preferred label changed keeps the old one as a synonym; answers the skills touched. */
  async demoteOldPreferred(
    manager: EntityManager,
    live: readonly { id: string; label: string }[],
    lang: SkillLanguage,
  ): Promise<{ owner: string }[]> {
    const [demoted] = await manager.query<[{ owner: string }[], number]>(DEMOTE_OLD_PREFERRED, [
      live.map((s) => s.id),
      live.map((s) => s.label),
      lang,
    ]);
    return demoted;
  }

  upsertImportLabels(
    manager: EntityManager,
    labels: readonly { owner: string; label: string; kind: string }[],
    lang: SkillLanguage,
  ): Promise<{ owner: string; inserted: boolean }[]> {
    return manager.query<{ owner: string; inserted: boolean }[]>(UPSERT_LABELS, [
      labels.map((l) => l.owner),
      labels.map((l) => l.label),
      labels.map((l) => l.kind),
      lang,
    ]);
  }
}

/** 'gis:* & kaart:*' — words are [a-z0-9]+ (normalised and split), so nothing needs quoting. */
function prefixQuery(words: readonly string[]): string {
  return words.map((word) => `${word}:*`).join(' & ');
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}
const INPUT = `unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS i(uri, label, category, description)`;

// Only rows that really change are written (and returned), so a second import changes nothing.
const UPSERT_DUTCH = `
  INSERT INTO skills AS s (esco_uri, label_nl, category, description, verified)
  SELECT uri, label, category, description, true FROM ${INPUT}
  ON CONFLICT (esco_uri) DO UPDATE
     SET label_nl = EXCLUDED.label_nl,
         category = coalesce(EXCLUDED.category, s.category),
         description = coalesce(EXCLUDED.description, s.description),
         verified = true, updated_at = now()
   WHERE (s.label_nl, s.category, s.description, s.verified) IS DISTINCT FROM
         (EXCLUDED.label_nl, coalesce(EXCLUDED.category, s.category), coalesce(EXCLUDED.description, s.description), true)
  RETURNING s.esco_uri AS uri, (xmax = 0) AS inserted`;

const UPSERT_ENGLISH = `
  INSERT INTO skills AS s (esco_uri, label_nl, label_en, category, description, verified)
  SELECT uri, label, label, category, description, true FROM ${INPUT}
  ON CONFLICT (esco_uri) DO UPDATE
     SET label_en = EXCLUDED.label_en,
         category = coalesce(s.category, EXCLUDED.category),
         description = coalesce(s.description, EXCLUDED.description),
         verified = true, updated_at = now()
   WHERE (s.label_en, s.category, s.description, s.verified) IS DISTINCT FROM
         (EXCLUDED.label_en, coalesce(s.category, EXCLUDED.category), coalesce(s.description, EXCLUDED.description), true)
  RETURNING s.esco_uri AS uri, (xmax = 0) AS inserted`;

// A concept whose preferred label changed in ESCO keeps the old one as a synonym.
const DEMOTE_OLD_PREFERRED = `
  UPDATE skill_labels l SET kind = 'alt'
    FROM unnest($1::uuid[], $2::text[]) AS i(skill_id, label)
   WHERE l.skill_id = i.skill_id AND l.lang = $3 AND l.kind = 'preferred'
     AND l.normalised <> kb_normalise_label(i.label)
  RETURNING l.skill_id AS owner`;

// A label is added once per skill, language and normalised form; an existing one only ever becomes
// more visible (hidden → alt → preferred), and a preferred one takes the file's spelling.
const UPSERT_LABELS = `
  INSERT INTO skill_labels AS l (skill_id, lang, label, kind)
  SELECT DISTINCT ON (owner, kb_normalise_label(label)) owner, $4, label, kind
    FROM unnest($1::uuid[], $2::text[], $3::text[]) WITH ORDINALITY AS i(owner, label, kind, ord)
   ORDER BY owner, kb_normalise_label(label), array_position(ARRAY['preferred', 'alt', 'hidden'], kind), ord
  ON CONFLICT (skill_id, lang, normalised) DO UPDATE
     SET kind = EXCLUDED.kind, label = EXCLUDED.label
   WHERE array_position(ARRAY['hidden', 'alt', 'preferred'], EXCLUDED.kind)
           > array_position(ARRAY['hidden', 'alt', 'preferred'], l.kind)
      OR (EXCLUDED.kind = 'preferred' AND l.label <> EXCLUDED.label)
  RETURNING l.skill_id AS owner, (xmax = 0) AS inserted`;
