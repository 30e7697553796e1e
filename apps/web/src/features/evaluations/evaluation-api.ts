import { api, apiQuery, unwrap } from '../../api/client';
import type { components } from '../../api/schema.gen';

type Schemas = components['schemas'];

export type Evaluation = Schemas['EvaluationDto'];
export type TaskEvaluations = Schemas['TaskEvaluationsDto'];
export type EvaluationInput = Schemas['CreateEvaluationDto'];

/** The anchor of the klus page's section "Hoe ging het?" (the e-mails link to it). */
export const EVALUATION_ANCHOR = 'evaluatie';

export const taskEvaluationsQuery = (taskId: string) =>
  apiQuery('/tasks/{id}/evaluations', { params: { path: { id: taskId } } });

export function giveEvaluation(taskId: string, input: EvaluationInput): Promise<Evaluation> {
  return unwrap(api.POST('/tasks/{id}/evaluations', { params: { path: { id: taskId } }, body: input }));
}
