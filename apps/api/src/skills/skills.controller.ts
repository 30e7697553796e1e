import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { Authenticated, CurrentUser } from '../auth/auth.decorators.js';
import type { Page } from '../common/pagination.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import {
  CreateSkillDto,
  CreateSkillMergeDto,
  ListSkillsQueryDto,
  SkillDetailDto,
  SkillDto,
  SkillLanguageQueryDto,
  SkillMergeDto,
  SkillPageDto,
} from './dto/skill.dto.js';
import { SkillsService } from './skills.service.js';

@ApiTags('skills')
@Controller('skills')
export class SkillsController {
  constructor(@Inject(SkillsService) private readonly skills: SkillsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    summary: 'Find vaardigheden by the start of a word of any label (Dutch, English, synonyms)',
  })
  @ApiOkResponse({ type: SkillPageDto })
  list(@Query() query: ListSkillsQueryDto): Promise<Page<SkillDto>> {
    return this.skills.search(query);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'One vaardigheid; a merged one names the skill it went into (mergedInto)' })
  @ApiOkResponse({ type: SkillDetailDto })
  @ApiNotFoundResponse({ description: 'No such skill.' })
  get(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: SkillLanguageQueryDto,
  ): Promise<SkillDetailDto> {
    return this.skills.get(id, query.lang);
  }

  @Post()
  @Authenticated('org-admin', 'platform-admin')
  @ApiOperation({
    summary: 'Propose a vaardigheid (org-admins: unverified) or add one (platform admins: verified)',
  })
  @ApiCreatedResponse({ type: SkillDetailDto })
  @ApiConflictResponse({
    description: 'skill-exists: a live skill already has one of these names (named in the problem).',
  })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateSkillDto): Promise<SkillDetailDto> {
    return this.skills.create(user, dto);
  }

  @Post(':id/merges')
  @Authenticated('platform-admin')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Merge this vaardigheid (a duplicate) into targetId: klussen, profiles and learning goals move along, its labels become synonyms',
  })
  @ApiOkResponse({ type: SkillMergeDto })
  @ApiBadRequestResponse({ description: 'targetId is not a skill.' })
  @ApiNotFoundResponse({ description: 'No such skill.' })
  @ApiConflictResponse({
    description: 'skill-merge-same, skill-merged, skill-merge-target-merged, skill-merge-target-inactive',
  })
  merge(@Param('id', UuidParamPipe) id: string, @Body() dto: CreateSkillMergeDto): Promise<SkillMergeDto> {
    return this.skills.merge(id, dto.targetId);
  }
}
