import { prefetch } from '../../shared/useApiData';
import { tasksQuery } from '../tasks/task-api';
import { parseBrowseQuery, toApiQuery } from './browse-query';

/** Asks for the results of the address's search before the page is there (a first visit to /klussen). */
export function prefetchFirstResults(search: string): void {
  prefetch(tasksQuery(toApiQuery(parseBrowseQuery(new URLSearchParams(search)))));
}
