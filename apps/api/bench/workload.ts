import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { DataSource } from 'typeorm';
import { ListTasksQueryDto } from '../src/tasks/dto/list-tasks-query.dto.js';
import { SKILL_SEARCH_LOOKUP } from '../src/tasks/task-queries.js';
import { TasksRepository } from '../src/tasks/tasks.repository.js';
import type { Viewer } from '../src/tasks/task.types.js';

/** One statement that TasksService.list() sends, with its parameters. */
export interface Statement {
  sql: string;
  params: unknown[];
}

/** Answers a statement: the real database, through the benchmark's pool. */
export type Database = (sql: string, params: unknown[]) => Promise<unknown[]>;

/**
 * One request of the mix: the URL the API gets and the statements the service sends for it, in
 * order (a skill filter sends its skill look-up first, then the search; every other request one).
 */
export interface BenchRequest {
  label: string;
  path: string;
  statements: Statement[];
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
 * Reads the statements that TasksService.list() sends: the service gets a stand-in DataSource that
 * records every statement and lets the real database answer it, so the service goes on as in the API
 * (a skill filter's search carries the ids its look-up found). Answers are kept per statement and
 * parameters (the data does not change while requests are built). The floor then replays every
 * recorded statement of a request, in order, so it runs exactly what the API runs.
 */
class RecordingDataSource {
  readonly calls: Statement[] = [];
  constructor(
    private readonly database: Database,
    private readonly answers: Map<string, Promise<unknown[]>>,
  ) {}
  query(sql: string, params: unknown[] = []): Promise<unknown[]> {
    this.calls.push({ sql, params });
    const key = JSON.stringify([sql, params]);
    let answer = this.answers.get(key);
    if (!answer) {
      answer = this.database(sql, params);
      this.answers.set(key, answer);
    }
    return answer;
  }
}

const answers = new Map<string, Promise<unknown[]>>();

export async function statementsOf(viewer: Viewer, raw: Query, database: Database): Promise<Statement[]> {
  // The same conversion and validation as the API's ValidationPipe (transform, whitelist).
  const dto = plainToInstance(ListTasksQueryDto, raw);
  const errors = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw new Error(`Invalid bench query ${JSON.stringify(raw)}: ${String(errors)}`);
  const db = new RecordingDataSource(database, answers);
  // TasksService.list() is TasksRepository.search(), which reads through the DataSource only.
  await new TasksRepository(db as unknown as DataSource).search(viewer, dto);
  const expected = raw['skill'] ? [SKILL_SEARCH_LOOKUP, 'search'] : ['search'];
  const sent = db.calls.map((call) => (call.sql === SKILL_SEARCH_LOOKUP ? call.sql : 'search'));
  // An unknown skill would end at its look-up; the mix only asks for skills that exist.
  if (sent.join('\n') !== expected.join('\n')) {
    throw new Error(
      `TasksService.list() sent ${db.calls.length} statements for ${JSON.stringify(raw)}; ` +
        `the floor expects ${expected.length} (${raw['skill'] ? 'skill look-up, then search' : 'the search'})`,
    );
  }
  return db.calls;
}

/** Request `n` of the filter mix as a label and an API path (without its SQL), for load scripts. */
export function mixRequest(n: number): { label: string; path: string } {
  const order = slots();
  const entry = MIX[order[n % order.length]];
  const search = new URLSearchParams(entry.query(Math.floor(n / order.length) + n)).toString();
  return { label: entry.label, path: `/api/v1/tasks${search ? `?${search}` : ''}` };
}

/** `count` requests for one client, starting at its own offset in the mix. */
export async function requestsFor(
  viewer: Viewer,
  offset: number,
  count: number,
  database: Database,
): Promise<BenchRequest[]> {
  const order = slots();
  const out: BenchRequest[] = [];
  for (let i = 0; i < count; i++) {
    const n = offset + i;
    const entry = MIX[order[n % order.length]];
    const query = entry.query(Math.floor(n / order.length) + n);
    const statements = await statementsOf(viewer, query, database);
    const search = new URLSearchParams(query).toString();
    out.push({ label: entry.label, path: `/api/v1/tasks${search ? `?${search}` : ''}`, statements });
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
  { label: 'skill=Communicatie (middle)', query: { skill: 'Communicatie' } },
  { label: 'skill=excel (common)', query: { skill: 'excel' } },
  { label: 'skill=Inkoop (sociaal domein) (rare)', query: { skill: 'Inkoop (sociaal domein)' } },
  { label: 'location=remote + maxHours=16', query: { location: 'remote', maxHours: '16' } },
  { label: 'from/to (dates overlapping a range)', query: { from: isoDate(14), to: isoDate(60) } },
  { label: 'sort=endDate', query: { sort: 'endDate' } },
  { label: 'page=4', query: { page: '4' } },
  { label: 'learningSuitable=true + minHours=8', query: { learningSuitable: 'true', minHours: '8' } },
  { label: 'status=completed (closed klussen)', query: { status: 'completed' } },
  { label: 'status=open,full,completed (closed ones too)', query: { status: 'open,full,completed' } },
  { label: 'status=cancelled', query: { status: 'cancelled' } },
  { label: 'organisationId', query: { organisationId: ids.organisationId } },
  { label: 'partnershipId', query: { partnershipId: ids.partnershipId } },
  {
    label: 'dossierId',
    query: { dossierId: ids.dossierId, status: 'open,full,completed,cancelled,expired' },
  },
];
