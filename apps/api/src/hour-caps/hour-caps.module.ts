import { Module } from '@nestjs/common';
import { HourCapsController } from './hour-caps.controller.js';
import { HourCapsRepository } from './hour-caps.repository.js';
import { HourCapsService } from './hour-caps.service.js';

/** The monthly cap of klus hours per person. Claims check it; it depends on no feature. */
@Module({
  controllers: [HourCapsController],
  providers: [HourCapsService, HourCapsRepository],
  exports: [HourCapsService],
})
export class HourCapsModule {}
