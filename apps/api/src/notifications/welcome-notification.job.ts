import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { NotificationEntity } from './notification.entity.js';

export const WELCOME_JOB = 'welcome';
export interface WelcomeJobData {
  userId: string;
}

/** Greets a new user in the app. Idempotent: the (user, event) key makes a retry a no-op. */
@Injectable()
export class WelcomeNotificationJob {
  constructor(
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
  ) {}

  async handle({ userId }: WelcomeJobData): Promise<void> {
    await this.notifications
      .createQueryBuilder()
      .insert()
      .values({ userId, type: 'welcome', eventKey: `welcome:${userId}`, data: {} })
      .orIgnore()
      .execute();
  }
}
