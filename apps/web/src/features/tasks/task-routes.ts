/** The web client's own addresses for klussen (Dutch, as people read them). */
export const BROWSE_URL = '/klussen';
export const NEW_TASK_URL = '/klussen/nieuw';
export const MY_TASKS_URL = '/mijn-klussen';
export const taskUrl = (id: string) => `/klussen/${encodeURIComponent(id)}`;
export const editTaskUrl = (id: string) => `${taskUrl(id)}/bewerken`;
