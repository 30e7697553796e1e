import { Module } from '@nestjs/common';
import { SkillImportService } from './skill-import.service.js';
import { SkillImportsController } from './skill-imports.controller.js';
import { SkillsController } from './skills.controller.js';
import { SkillsRepository } from './skills.repository.js';
import { SkillsService } from './skills.service.js';

/** The skill taxonomy (ESCO concepts and proposals), its search, merges and the ESCO import. */
@Module({
  controllers: [SkillsController, SkillImportsController],
  providers: [SkillsService, SkillImportService, SkillsRepository],
  exports: [SkillsService],
})
export class SkillsModule {}
