import { Module } from '@nestjs/common';
import { MatchingRepository } from './matching.repository.js';
import { MatchingService } from './matching.service.js';
import { ProfilesController } from './profiles.controller.js';
import { RecommendationsController } from './recommendations.controller.js';
import { ProfilesRepository } from './profiles.repository.js';
import { ProfilesService } from './profiles.service.js';

/** A person's skills, learning goals and availability; the matching issue's recommendations build on it. */
@Module({
  controllers: [ProfilesController, RecommendationsController],
  providers: [ProfilesService, ProfilesRepository, MatchingService, MatchingRepository],
  exports: [ProfilesService, MatchingService],
})
export class ProfilesModule {}
