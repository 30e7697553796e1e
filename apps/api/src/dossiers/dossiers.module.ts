import { Module } from '@nestjs/common';
import { SkillsModule } from '../skills/skills.module.js';
import { DossierSkillGapService } from './dossier-skill-gap.service.js';
import { DossierTeamRepository } from './dossier-team.repository.js';
import { DossierTeamService } from './dossier-team.service.js';
import { DossiersController } from './dossiers.controller.js';
import { DossiersRepository } from './dossiers.repository.js';
import { DossiersService } from './dossiers.service.js';

/** Dossiers: cross-municipality teams around a theme of one partnership. */
@Module({
  imports: [SkillsModule],
  controllers: [DossiersController],
  providers: [
    DossiersService,
    DossiersRepository,
    DossierTeamService,
    DossierTeamRepository,
    DossierSkillGapService,
  ],
})
export class DossiersModule {}
