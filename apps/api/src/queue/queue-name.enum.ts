/** Every BullMQ queue Klussenbank uses. The worker refuses to start unless each has a processor. */
export enum QueueName {
  Notifications = 'notifications',
  /** Housekeeping on a schedule: closing klussen whose end date passed. */
  Maintenance = 'maintenance',
}

export const ALL_QUEUES = Object.values(QueueName);
