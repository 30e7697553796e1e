import { hostname } from 'node:os';

/**
 * The name each BullMQ worker of this process gives itself: the host (a pod's name in Kubernetes)
 * and the process id. BullMQ writes it on every job it takes (`processedBy`), so the dashboard and
 * the tests can tell which of several workers ran a job.
 */
export const WORKER_NAME = `${hostname()}#${process.pid}`;
