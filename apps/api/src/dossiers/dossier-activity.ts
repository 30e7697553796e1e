import type { EntityManager } from 'typeorm';
import type { ActivityType } from './dossier.types.js';

export interface ActivityEntry {
  dossierId: string;
  type: ActivityType;
  actorId: string | null;
  subjectId?: string | null;
  taskId?: string | null;
  checkpointId?: string | null;
  data?: Record<string, unknown>;
}

/**
 * Writes one line of a dossier's activity feed in the caller's transaction, so the feed tells
 * exactly what happened. Klussen and claims call it too (for klussen of a dossier).
 */
export async function recordDossierActivity(tx: EntityManager, entry: ActivityEntry): Promise<void> {
  await tx.query(
    `INSERT INTO dossier_activity (dossier_id, type, actor_id, subject_id, task_id, checkpoint_id, data)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      entry.dossierId,
      entry.type,
      entry.actorId,
      entry.subjectId ?? null,
      entry.taskId ?? null,
      entry.checkpointId ?? null,
      entry.data ?? {},
    ],
  );
}
