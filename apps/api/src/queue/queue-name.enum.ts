/** Every BullMQ queue Klussenbank uses. The worker refuses to start unless each has a processor. */
export enum QueueName {
  Notifications = 'notifications',
}

export const ALL_QUEUES = Object.values(QueueName);
