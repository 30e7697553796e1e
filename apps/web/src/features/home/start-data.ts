import { LIVE_CLAIM_STATUSES } from '@klussenbank/domain';
import type { ApiQuery } from '../../api/client';
import { type Checkpoint, checkpointsQuery, dossiersQuery } from '../dossiers/dossier-api';
import type { MyClaim, MyTask } from '../tasks/task-api';

/** What each block of the start page shows at most; the rest is one link away. */
export const START_ITEMS = 5;

const ENDED = new Set(['completed', 'cancelled', 'expired']);

/** My klussen still to come or under way: live claims on klussen that have not ended, soonest first. */
export function upcomingClaims(claims: MyClaim[], today: string): MyClaim[] {
  return claims
    .filter(
      (claim) =>
        LIVE_CLAIM_STATUSES.includes(claim.status) &&
        !ENDED.has(claim.task.status) &&
        claim.task.endDate >= today,
    )
    .sort(
      (a, b) => a.task.startDate.localeCompare(b.task.startDate) || a.task.title.localeCompare(b.task.title),
    );
}

/** The klussen I posted where applications wait for my decision, the most waiting first. */
export function waitingForDecision(tasks: MyTask[]): MyTask[] {
  return tasks
    .filter((task) => task.awaitingDecision > 0)
    .sort((a, b) => b.awaitingDecision - a.awaitingDecision || a.title.localeCompare(b.title));
}

export type UpcomingCheckpoint = Checkpoint & { dossier: { id: string; title: string } };

export interface MyCheckpoints {
  /** How many running dossiers I am in: none means the next step is finding one. */
  dossiers: number;
  items: UpcomingCheckpoint[];
}

/** Dossiers one person runs at once are few: at most this many are asked for their checkpoints. */
const DOSSIERS_ASKED = 20;

/**
 * The planned checkpoints, from today on, of the running dossiers whose team I am in. The API has
 * no list across dossiers; a person is in a handful, so the start page asks each of them.
 */
export function myCheckpointsQuery(today: string): ApiQuery<MyCheckpoints> {
  const dossiers = dossiersQuery({ mine: true, status: ['exploring', 'active'], pageSize: DOSSIERS_ASKED });
  return {
    key: `start-checkpoints ${today}`,
    load: async (signal) => {
      const page = await dossiers.load(signal);
      const lists = await Promise.all(
        page.items.map(async (dossier) => {
          const { items } = await checkpointsQuery(dossier.id).load(signal);
          return items.map((checkpoint) => ({
            ...checkpoint,
            dossier: { id: dossier.id, title: dossier.title },
          }));
        }),
      );
      const items = lists
        .flat()
        .filter((checkpoint) => checkpoint.status === 'planned' && checkpoint.plannedOn >= today)
        .sort((a, b) => a.plannedOn.localeCompare(b.plannedOn) || a.title.localeCompare(b.title));
      return { dossiers: page.total, items };
    },
  };
}
