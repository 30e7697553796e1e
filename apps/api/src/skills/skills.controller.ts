import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { Authenticated, CurrentUser } from '../auth/auth.decorators.js';
import { type Page, PageQueryDto } from '../common/pagination.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import {
  CreateSkillDto,
  CreateSkillMergeDto,
  ListSkillsQueryDto,
  SkillDetailDto,
  SkillSearchHitDto,
  SkillLanguageQueryDto,
  SkillMergeDto,
  SkillPageDto,
  SkillProposalDto,
  SkillProposalPageDto,
} from './dto/skill.dto.js';
import { SkillsService } from './skills.service.js';

@ApiTags('skills')
@Controller('skills')
export class SkillsController {
  constructor(@Inject(SkillsService) private readonly skills: SkillsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    summary:
      'Find vaardigheden of the shared taxonomy (accepted) by the start of a word of any label (Dutch, English, synonyms)',
  })
  @ApiOkResponse({ type: SkillPageDto })
  list(@Query() query: ListSkillsQueryDto): Promise<Page<SkillSearchHitDto>> {
    return this.skills.search(query);
  }

  @Get('proposals')
  @Authenticated('org-admin', 'platform-admin')
  @ApiOperation({
    summary:
      'Free skill names of klussen and dossiers waiting for an admin (own organisation; platform admins: all), most used first',
  })
  @ApiOkResponse({ type: SkillProposalPageDto })
  proposals(@CurrentUser() user: AuthUser, @Query() query: PageQueryDto): Promise<Page<SkillProposalDto>> {
    return this.skills.proposals(user, query);
  }

  @Post(':id/acceptance')
  @Authenticated('org-admin', 'platform-admin')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Accept a proposed name into the shared taxonomy: then every organisation sees it and matching uses it',
  })
  @ApiOkResponse({ type: SkillDetailDto })
  @ApiNotFoundResponse({ description: 'No such skill (or a private one of another organisation).' })
  @ApiForbiddenResponse({ description: 'forbidden: a proposal of another organisation.' })
  @ApiConflictResponse({
    description: 'skill-not-a-proposal; skill-exists: a shared skill already has this name (merge into it).',
  })
  accept(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<SkillDetailDto> {
    return this.skills.review(user, id, 'accept');
  }

  @Post(':id/rejection')
  @Authenticated('org-admin', 'platform-admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Reject a proposed name: it stays, private, on the klussen and dossiers that name it',
  })
  @ApiOkResponse({ type: SkillDetailDto })
  @ApiNotFoundResponse({ description: 'No such skill (or a private one of another organisation).' })
  @ApiForbiddenResponse({ description: 'forbidden: a proposal of another organisation.' })
  @ApiConflictResponse({ description: 'skill-not-a-proposal: not waiting for a decision.' })
  reject(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string): Promise<SkillDetailDto> {
    return this.skills.review(user, id, 'reject');
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'One vaardigheid; a merged one names the skill it went into (mergedInto)' })
  @ApiOkResponse({ type: SkillDetailDto })
  @ApiNotFoundResponse({ description: 'No such skill (or a private name of another organisation).' })
  get(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @Query() query: SkillLanguageQueryDto,
  ): Promise<SkillDetailDto> {
    return this.skills.get(id, query.lang, undefined, user);
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

  @Get(':id/merge-preview')
  @Authenticated('platform-admin')
  @ApiOperation({
    summary:
      'What merging this vaardigheid into targetId would move (klussen, dossiers, profiles, learning goals, labels), without merging',
  })
  @ApiOkResponse({ type: SkillMergeDto })
  @ApiBadRequestResponse({ description: 'targetId is not a skill.' })
  @ApiNotFoundResponse({ description: 'No such skill.' })
  @ApiConflictResponse({
    description:
      'skill-merge-same, skill-merged, skill-merge-target-merged, skill-merge-target-inactive, skill-merge-target-private',
  })
  previewMerge(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: CreateSkillMergeDto,
  ): Promise<SkillMergeDto> {
    return this.skills.previewMerge(id, query.targetId);
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
    description:
      'skill-merge-same, skill-merged, skill-merge-target-merged, skill-merge-target-inactive, skill-merge-target-private',
  })
  merge(@Param('id', UuidParamPipe) id: string, @Body() dto: CreateSkillMergeDto): Promise<SkillMergeDto> {
    return this.skills.merge(id, dto.targetId);
  }
}
