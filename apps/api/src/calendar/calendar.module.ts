import { Module } from '@nestjs/common';
import { CalendarController } from './calendar.controller.js';
import { CalendarRepository } from './calendar.repository.js';
import { CalendarService } from './calendar.service.js';

/** A personal iCalendar feed at a secret URL. Reads klussen and dossiers; nothing depends on it. */
@Module({
  controllers: [CalendarController],
  providers: [CalendarService, CalendarRepository],
})
export class CalendarModule {}
