/** Every BullMQ queue Klussenbank uses. The worker refuses to start unless each has a processor. */
export enum QueueName {
  /**
   * Delivers one notification on one channel: one e-mail to one person (in-app notifications are
   * stored by the fan-out itself). Run by a worker process of its own, the mail worker, so a busy
   * fan-out never stalls a send between its hand-over and its final dot.
   */
  Notifications = 'notifications',
  /** Fan-out of one event (other than a published klus) to its few recipients. */
  Events = 'events',
  /** Housekeeping on a schedule: closing klussen whose end date passed. */
  Maintenance = 'maintenance',
  /** The candidates of a published klus, notified in bulk. */
  Matching = 'matching',
  /**
   * Daily and weekly e-mail digests, the "ends in 3 days" scan (Europe/Amsterdam), and every five
   * minutes the sweep of e-mail deliveries whose job BullMQ gave up on mid-flight.
   */
  Digests = 'digests',
  /**
   * Privacy (AVG): a person's data export, written into one JSON file; and daily the retention of
   * notifications, deliveries and expired exports.
   */
  Privacy = 'privacy',
}

export const ALL_QUEUES = Object.values(QueueName);
