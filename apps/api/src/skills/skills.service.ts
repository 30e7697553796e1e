import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type Actor,
  cleanLabel,
  isPlatformAdmin,
  normaliseLabel,
  type SkillLabel,
  skillLabels,
  type SkillLanguage,
  type SkillMergeProblem,
  skillMergeProblem,
} from '@klussenbank/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Page } from '../common/pagination.js';
import { ProblemException } from '../common/problem/problem.js';
import type {
  CreateSkillDto,
  ListSkillsQueryDto,
  SkillDetailDto,
  SkillDto,
  SkillMergeDto,
} from './dto/skill.dto.js';

const MERGE_PROBLEMS = {
  'same-skill': 'skill-merge-same',
  'source-merged': 'skill-merged',
  'target-merged': 'skill-merge-target-merged',
  'target-inactive': 'skill-merge-target-inactive',
} as const satisfies Record<SkillMergeProblem, string>;

const KIND_ORDER = `CASE l.kind WHEN 'preferred' THEN 0 WHEN 'alt' THEN 1 ELSE 2 END`;

/** The columns of SkillDetailDto, for skills `s`, labels in language $lang. */
const detailColumns = (lang: string) => `
  s.id, CASE WHEN ${lang} = 'en' THEN coalesce(s.label_en, s.label_nl) ELSE s.label_nl END AS label,
  s.label_nl AS "labelNl", s.label_en AS "labelEn",
  ARRAY(SELECT a.label FROM skill_labels a
         WHERE a.skill_id = s.id AND a.lang = ${lang} AND a.kind = 'alt' ORDER BY a.normalised) AS "altLabels",
  s.esco_uri AS "escoUri", s.category, s.verified`;

interface SkillRow extends SkillDetailDto {
  total?: number;
}

interface LockedSkill {
  id: string;
  active: boolean;
  mergedInto: string | null;
  labelNl: string;
}

@Injectable()
export class SkillsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Live skills (active, not merged) with a label in either language — preferred, alternative or
   * hidden — in which every word of q starts a word. Best first: the whole label, then its start,
   * then a word inside it; a preferred label before a synonym.
   */
  async search(query: ListSkillsQueryDto): Promise<Page<SkillDto>> {
    const { page, pageSize, lang } = query;
    const words = normaliseLabel(query.q ?? '')
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    const params: unknown[] = [lang, pageSize, (page - 1) * pageSize];
    const add = (value: unknown) => `$${params.push(value)}`;
    let rows: SkillRow[];
    if (words.length === 0) {
      rows = await this.db.query<SkillRow[]>(
        `SELECT ${detailColumns('$1')}, count(*) OVER ()::int AS total
           FROM skills s
          WHERE s.active AND s.merged_into IS NULL
          ORDER BY lower(CASE WHEN $1 = 'en' THEN coalesce(s.label_en, s.label_nl) ELSE s.label_nl END), s.id
          LIMIT $2 OFFSET $3`,
        params,
      );
    } else {
      const phrase = words.join(' ');
      // Every word starts a word of the same label (the GIN index on the label's words answers this).
      const where = `to_tsvector('simple', l.normalised) @@ to_tsquery('simple', ${add(prefixQuery(words))})`;
      const score = `min(CASE WHEN l.normalised = ${add(phrase)} THEN 0
                              WHEN l.normalised LIKE ${add(`${escapeLike(phrase)}%`)} THEN 1 ELSE 2 END * 3 + ${KIND_ORDER})`;
      rows = await this.db.query<SkillRow[]>(
        `WITH hits AS (
           SELECT l.skill_id, ${score} AS score FROM skill_labels l WHERE ${where} GROUP BY l.skill_id
         )
         SELECT ${detailColumns('$1')}, count(*) OVER ()::int AS total
           FROM hits h JOIN skills s ON s.id = h.skill_id
          WHERE s.active AND s.merged_into IS NULL
          ORDER BY h.score, lower(CASE WHEN $1 = 'en' THEN coalesce(s.label_en, s.label_nl) ELSE s.label_nl END), s.id
          LIMIT $2 OFFSET $3`,
        params,
      );
    }
    // Past the last page the window count has no row to ride on; only then count separately.
    const total = rows[0]?.total ?? (page > 1 ? await this.count(words) : 0);
    return { items: rows.map(({ total: _, ...skill }) => skill), page, pageSize, total };
  }

  private async count(words: string[]): Promise<number> {
    const [row] = await this.db.query<[{ total: number }]>(
      `SELECT count(*)::int AS total FROM skills s
        WHERE s.active AND s.merged_into IS NULL
          AND ($1 = '' OR EXISTS (
                SELECT 1 FROM skill_labels l
                 WHERE l.skill_id = s.id AND to_tsvector('simple', l.normalised) @@ to_tsquery('simple', $1)))`,
      [words.length ? prefixQuery(words) : ''],
    );
    return row.total;
  }

  /** One skill, merged or not (a merged one says where it went). */
  async get(id: string, lang: SkillLanguage = 'nl', manager: EntityManager = this.db.manager) {
    const [row] = await manager.query<SkillDetailDto[]>(
      `SELECT ${detailColumns('$2')}, s.description, s.active, s.merged_into AS "mergedInto"
         FROM skills s WHERE s.id = $1`,
      [id, lang],
    );
    if (!row) throw ProblemException.notFound('not-found.skill');
    return row;
  }

  /**
   * An org-admin proposes a skill (unverified until a platform admin looks at it); a platform admin
   * adds one (verified). Refused when any of its names is already a label of a live skill.
   */
  async create(actor: Actor, dto: CreateSkillDto): Promise<SkillDetailDto> {
    const labels: Record<SkillLanguage, SkillLabel[]> = {
      nl: skillLabels(dto.labelNl, dto.altLabels ?? []),
      en: dto.labelEn ? skillLabels(dto.labelEn) : [],
    };
    const keys = [...labels.nl, ...labels.en].map((l) => normaliseLabel(l.label));
    return this.db.transaction(async (tx) => {
      await lockNames(tx, keys);
      const [existing] = await tx.query<{ id: string; label: string; matched: string }[]>(
        `SELECT s.id, s.label_nl AS label, l.label AS matched
           FROM skill_labels l JOIN skills s ON s.id = l.skill_id
          WHERE l.normalised = ANY($1) AND s.active AND s.merged_into IS NULL
          ORDER BY ${KIND_ORDER}, s.id LIMIT 1`,
        [keys],
      );
      if (existing) {
        throw ProblemException.conflict(
          'skill-exists',
          { matched: existing.matched, label: existing.label },
          { existingSkillId: existing.id, existingLabel: existing.label },
        );
      }
      const [{ id }] = await tx.query<[{ id: string }]>(
        `INSERT INTO skills (label_nl, label_en, category, verified, created_by)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [dto.labelNl, dto.labelEn ?? null, dto.category ?? null, isPlatformAdmin(actor), actor.id],
      );
      await insertLabels(tx, id, labels);
      return this.get(id, 'nl', tx);
    });
  }

  /**
   * Merges a duplicate into the skill that stays, in one transaction: every reference is re-pointed
   * (a row that would then exist twice is dropped: the target's own row wins), the duplicate's labels
   * become synonyms of the target, and the duplicate is switched off, pointing at the target.
   */
  async merge(sourceId: string, targetId: string): Promise<SkillMergeDto> {
    return this.db.transaction(async (tx) => {
      const locked = await tx.query<LockedSkill[]>(
        `SELECT id, active, merged_into AS "mergedInto", label_nl AS "labelNl"
           FROM skills WHERE id IN ($1, $2) ORDER BY id FOR UPDATE`,
        [sourceId, targetId],
      );
      const source = locked.find((s) => s.id === sourceId);
      const target = locked.find((s) => s.id === targetId);
      if (!source) throw ProblemException.notFound('not-found.skill');
      if (!target) {
        throw ProblemException.badRequest([{ name: 'targetId', key: 'unknown-skill' }]);
      }
      const refusal = skillMergeProblem(source, target);
      if (refusal) {
        throw ProblemException.conflict(MERGE_PROBLEMS[refusal]);
      }

      const referencesMoved: Record<string, number> = {};
      for (const { table, column, uniqueKeys } of await skillReferences(tx)) {
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
        referencesMoved[table] = (referencesMoved[table] ?? 0) + moved;
      }
      // Skills merged into the duplicate earlier follow it, so no merge chain is ever longer than one.
      await tx.query(`UPDATE skills SET merged_into = $2, updated_at = now() WHERE merged_into = $1`, [
        sourceId,
        targetId,
      ]);

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
      await tx.query(`UPDATE skills SET merged_into = $2, active = false, updated_at = now() WHERE id = $1`, [
        sourceId,
        targetId,
      ]);
      return {
        target: await this.get(targetId, 'nl', tx),
        labelsMoved: moved.filter((row) => row.inserted).length,
        referencesMoved,
      };
    });
  }

  /**
   * Free names (as klussen and profiles had them) to skills: a name is the skill whose label, in
   * either language, equals it after normalising — a preferred label before a synonym, one in `lang`
   * before one in the other language, a verified skill before a proposal. Unknown names become
   * unverified skills. Runs in the caller's transaction; keys of the map are the names as given.
   */
  async resolveNames(
    manager: EntityManager,
    names: readonly string[],
    lang: SkillLanguage,
    createdBy?: string,
  ): Promise<Map<string, string>> {
    const byKey = new Map<string, string>();
    for (const name of names) {
      const key = normaliseLabel(name);
      if (key !== '' && !byKey.has(key)) byKey.set(key, cleanLabel(name));
    }
    const found = await findByNames(manager, [...byKey.keys()], lang);
    const missing = [...byKey.keys()].filter((key) => !found.has(key));
    if (missing.length > 0) {
      // Two transactions creating the same name would make two skills; the second waits and finds the first.
      await lockNames(manager, missing);
      for (const [key, id] of await findByNames(manager, missing, lang)) found.set(key, id);
      for (const key of missing.filter((k) => !found.has(k))) {
        const label = byKey.get(key) ?? key;
        const [{ id }] = await manager.query<[{ id: string }]>(
          `INSERT INTO skills (label_nl, label_en, verified, created_by) VALUES ($1, $2, false, $3) RETURNING id`,
          [label, lang === 'en' ? label : null, createdBy ?? null],
        );
        const preferred: SkillLabel[] = [{ label, kind: 'preferred' }];
        await insertLabels(
          manager,
          id,
          lang === 'nl' ? { nl: preferred, en: [] } : { nl: [], en: preferred },
        );
        found.set(key, id);
      }
    }
    const result = new Map<string, string>();
    for (const name of names) {
      const id = found.get(normaliseLabel(name));
      if (id) result.set(name, id);
    }
    return result;
  }
}

/** 'gis:* & kaart:*' — words are [a-z0-9]+ (normalised and split), so nothing needs quoting. */
function prefixQuery(words: readonly string[]): string {
  return words.map((word) => `${word}:*`).join(' & ');
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

/** Serialises transactions that create skills under the same names (held until commit). */
async function lockNames(manager: EntityManager, keys: readonly string[]): Promise<void> {
  const sorted = [...new Set(keys)].sort();
  if (sorted.length === 0) return;
  await manager.query(
    `SELECT pg_advisory_xact_lock(hashtext('skill-label:' || key)) FROM unnest($1::text[]) AS key ORDER BY key`,
    [sorted],
  );
}

async function findByNames(
  manager: EntityManager,
  keys: readonly string[],
  lang: SkillLanguage,
): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await manager.query<{ normalised: string; id: string }[]>(
    `SELECT DISTINCT ON (l.normalised) l.normalised, s.id
       FROM skill_labels l JOIN skills s ON s.id = l.skill_id
      WHERE l.normalised = ANY($1) AND s.active AND s.merged_into IS NULL
      ORDER BY l.normalised, ${KIND_ORDER}, (l.lang = $2) DESC, s.verified DESC, s.created_at, s.id`,
    [keys, lang],
  );
  return new Map(rows.map((row) => [row.normalised, row.id]));
}

async function insertLabels(
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

interface SkillReference {
  table: string;
  /** The column that holds the skill's id. */
  column: string;
  /** For each unique key that includes that column: its other columns. */
  uniqueKeys: string[][];
}

/**
 * Every column that references skills through a foreign key, read from the catalogue so a table added
 * later is re-pointed too. skills.merged_into and skill_labels are the merge's own business. Ordered by
 * table, so concurrent merges lock tables in one order.
 */
async function skillReferences(manager: EntityManager): Promise<SkillReference[]> {
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
