import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationEntity } from './notification.entity.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsProcessor } from './notifications.processor.js';
import { WelcomeNotificationJob } from './welcome-notification.job.js';

/** The API side: reading notifications. */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity])],
  controllers: [NotificationsController],
})
export class NotificationsModule {}

/** The worker side: the jobs that create notifications. */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity])],
  providers: [WelcomeNotificationJob, NotificationsProcessor],
})
export class NotificationsWorkerModule {}
