/** Every BullMQ queue Klussenbank uses. The worker refuses to start unless each has a processor. */
export enum QueueName {
  /** Fan-out of one event to its recipients: in-app notifications stored, e-mail deliveries queued. */
  Notifications = 'notifications',
  /**
   * One e-mail to one person. Its own queue so it can run in a worker process of its own (the mail
   * worker): a busy fan-out then never stalls a send between its hand-over and its final dot.
   */
  Email = 'email',
  /** Housekeeping on a schedule: closing klussen whose end date passed. */
  Maintenance = 'maintenance',
  /** The candidates of a published klus, notified in bulk. */
  Matching = 'matching',
  /**
   * Daily and weekly e-mail digests, the "ends in 3 days" scan (Europe/Amsterdam), and every five
   * minutes the sweep of e-mail deliveries whose job BullMQ gave up on mid-flight.
   */
  Digests = 'digests',
}

export const ALL_QUEUES = Object.values(QueueName);
