import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { DataSource } from 'typeorm';
import { ListTasksQueryDto } from '../src/tasks/dto/list-tasks-query.dto.js';
import { TasksService } from '../src/tasks/tasks.service.js';
import type { Viewer } from '../src/tasks/task.types.js';

/** One request of the mix: the URL the API gets and the SQL the service builds for it. */
export interface BenchRequest {
  label: string;
  path: string;
  sql: string;
  params: unknown[];
}

/** Words people type: stems differ from the titles (plurals, no accent), some match many, some few. */
export const SEARCH_WORDS = [
  'bestemmingsplannen',
  'participatie',
  'subsidie',
  'archief',
  'GIS',
  'jeugdzorg',
  'inkoop',
  'cafe',
  'energietransitie',
  'archieven digitaliseren',
  'dashboard',
  'bezwaarschriften',
];
export const SKILLS = [
  'GIS',
  'Projectleiding',
  'excel',
  'Communicatie',
  'Data-analyse',
  'Inkoop (sociaal domein)',
];

type Query = Record<string, string>;

function isoDate(daysFromToday: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + daysFromToday);
  return date.toISOString().slice(0, 10);
}

/**
 * The typical filter mix, 30 slots: plain browsing dominates, then text search, then filters.
 * `v` varies the word, skill or page between rounds through the list.
 */
const MIX: { label: string; weight: number; query: (v: number) => Query }[] = [
  { label: 'browse newest', weight: 8, query: () => ({}) },
  { label: 'q', weight: 6, query: (v) => ({ q: SEARCH_WORDS[v % SEARCH_WORDS.length] }) },
  {
    label: 'q + hasPlaces',
    weight: 3,
    query: (v) => ({ q: SEARCH_WORDS[(v + 5) % SEARCH_WORDS.length], hasPlaces: 'true' }),
  },
  { label: 'skill', weight: 3, query: (v) => ({ skill: SKILLS[v % SKILLS.length] }) },
  { label: 'remote + maxHours', weight: 3, query: () => ({ location: 'remote', maxHours: '16' }) },
  { label: 'from/to', weight: 3, query: (v) => ({ from: isoDate(7 + (v % 4) * 7), to: isoDate(60) }) },
  { label: 'sort=endDate', weight: 2, query: () => ({ sort: 'endDate' }) },
  { label: 'page 2–5', weight: 2, query: (v) => ({ page: String(2 + (v % 4)) }) },
];

export const MIX_LABELS = MIX.map((entry) => entry.label);

/** The slots of one pass through the mix, interleaved so that every stretch of requests is mixed. */
function slots(): number[] {
  const out: number[] = [];
  const left = MIX.map((entry) => entry.weight);
  while (left.some((n) => n > 0)) {
    left.forEach((n, i) => {
      if (n > 0) {
        out.push(i);
        left[i] = n - 1;
      }
    });
  }
  return out;
}

/**
 * Reads the SQL that TasksService.list() sends, without a database: the service gets a stand-in
 * DataSource that records the query and answers with no rows. The page and its total are one
 * statement, so the floor runs exactly what the API runs; a second query would end the benchmark here.
 */
class RecordingDataSource {
  readonly calls: { sql: string; params: unknown[] }[] = [];
  query(sql: string, params: unknown[] = []): Promise<unknown[]> {
    this.calls.push({ sql, params });
    return Promise.resolve([]);
  }
}

export async function sqlOf(viewer: Viewer, raw: Query): Promise<{ sql: string; params: unknown[] }> {
  // The same conversion and validation as the API's ValidationPipe (transform, whitelist).
  const dto = plainToInstance(ListTasksQueryDto, raw);
  const errors = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw new Error(`Invalid bench query ${JSON.stringify(raw)}: ${String(errors)}`);
  const db = new RecordingDataSource();
  // list() only reads through the DataSource; the skills and outbox services are for writing.
  await new TasksService(db as unknown as DataSource, undefined as never, undefined as never).list(
    viewer,
    dto,
  );
  const [only, ...more] = db.calls;
  if (!only || more.length > 0) {
    throw new Error(`TasksService.list() sent ${db.calls.length} queries; the floor expects one`);
  }
  return only;
}

/** `count` requests for one client, starting at its own offset in the mix. */
export async function requestsFor(viewer: Viewer, offset: number, count: number): Promise<BenchRequest[]> {
  const order = slots();
  const out: BenchRequest[] = [];
  for (let i = 0; i < count; i++) {
    const n = offset + i;
    const entry = MIX[order[n % order.length]];
    const query = entry.query(Math.floor(n / order.length) + n);
    const { sql, params } = await sqlOf(viewer, query);
    const search = new URLSearchParams(query).toString();
    out.push({ label: entry.label, path: `/api/v1/tasks${search ? `?${search}` : ''}`, sql, params });
  }
  return out;
}

/** One representative query per filter, for EXPLAIN (ANALYZE, BUFFERS). */
export const explained = (ids: {
  organisationId: string;
  partnershipId: string;
  dossierId: string;
}): { label: string; query: Query }[] => [
  { label: 'browse newest (no filter)', query: {} },
  { label: 'text search q=bestemmingsplannen', query: { q: 'bestemmingsplannen' } },
  { label: 'text search q=cafe (accent)', query: { q: 'cafe' } },
  {
    label: 'text search q=archieven digitaliseren + hasPlaces',
    query: { q: 'archieven digitaliseren', hasPlaces: 'true' },
  },
  { label: 'skill=GIS', query: { skill: 'GIS' } },
  { label: 'skill=Inkoop (sociaal domein) (rare)', query: { skill: 'Inkoop (sociaal domein)' } },
  { label: 'location=remote + maxHours=16', query: { location: 'remote', maxHours: '16' } },
  { label: 'from/to (dates overlapping a range)', query: { from: isoDate(14), to: isoDate(60) } },
  { label: 'sort=endDate', query: { sort: 'endDate' } },
  { label: 'page=4', query: { page: '4' } },
  { label: 'learningSuitable=true + minHours=8', query: { learningSuitable: 'true', minHours: '8' } },
  { label: 'status=completed (closed klussen)', query: { status: 'completed' } },
  { label: 'organisationId', query: { organisationId: ids.organisationId } },
  { label: 'partnershipId', query: { partnershipId: ids.partnershipId } },
  {
    label: 'dossierId',
    query: { dossierId: ids.dossierId, status: 'open,full,completed,cancelled,expired' },
  },
];
