import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { Authenticated, CurrentUser } from '../auth/auth.decorators.js';
import { PageQueryDto } from '../common/pagination.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { DossierSkillGapService } from './dossier-skill-gap.service.js';
import { DossierTeamService } from './dossier-team.service.js';
import { DossiersService } from './dossiers.service.js';
import { CreateCheckpointDto, UpdateCheckpointDto } from './dto/checkpoint.dto.js';
import { CreateDossierDto, UpdateDossierDto } from './dto/dossier-input.dto.js';
import { ListDossiersQueryDto } from './dto/list-dossiers-query.dto.js';
import { CreateMembershipDto, UpdateMembershipDto } from './dto/membership.dto.js';
import { ListDto } from '../common/dto/response.dto.js';
import {
  ActivityPageDto,
  CheckpointDto,
  DossierDetailDto,
  DossierSummaryPageDto,
  SkillGapDto,
  TeamMemberDto,
} from './dto/dossier.dto.js';

const CheckpointListDto = ListDto(CheckpointDto);

const INVISIBLE = 'Unknown, or not visible to you (never 403: existence is not leaked).';

/** Dossiers (docs/dossiers-api.md): the dossier, its team, checkpoints, feed and skill gap. */
@ApiTags('dossiers')
@Controller('dossiers')
export class DossiersController {
  constructor(
    @Inject(DossiersService) private readonly dossiers: DossiersService,
    @Inject(DossierTeamService) private readonly team: DossierTeamService,
    @Inject(DossierSkillGapService) private readonly skillGap: DossierSkillGapService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Find dossiers of your partnerships: Dutch full-text search and filters' })
  @ApiOkResponse({ type: DossierSummaryPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ListDossiersQueryDto) {
    return this.dossiers.list(user, query);
  }

  @Post()
  @Authenticated()
  @ApiOperation({ summary: 'Start a dossier in one of your partnerships; you become its first trekker' })
  @ApiCreatedResponse({ type: DossierDetailDto, description: 'The dossier as GET /dossiers/{id} shows it.' })
  @ApiForbiddenResponse({ description: 'Not in that partnership.' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateDossierDto) {
    return this.dossiers.create(user, dto);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'One dossier with its team, grouped by organisation' })
  @ApiOkResponse({ type: DossierDetailDto })
  @ApiNotFoundResponse({ description: INVISIBLE })
  get(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string) {
    return this.dossiers.get(user, id);
  }

  @Patch(':id')
  @Authenticated()
  @ApiOperation({ summary: 'Edit a dossier or change its status (trekkers, platform admins)' })
  @ApiOkResponse({ type: DossierDetailDto })
  @ApiForbiddenResponse({ description: 'Not a trekker.' })
  @ApiConflictResponse({ description: 'illegal-transition (names the current status)' })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: UpdateDossierDto,
  ) {
    return this.dossiers.update(user, id, dto);
  }

  @Post(':id/memberships')
  @Authenticated()
  @ApiOperation({ summary: 'Join or ask to join (without userId); invite someone (trekkers, with userId)' })
  @ApiCreatedResponse({ type: TeamMemberDto })
  @ApiForbiddenResponse({ description: 'Only trekkers invite.' })
  @ApiConflictResponse({
    description: 'dossier-full, dossier-closed, already-in-team, already-requested, already-invited',
  })
  addMember(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: CreateMembershipDto,
  ) {
    return this.team.add(user, id, dto);
  }

  @Patch(':id/memberships/:userId')
  @Authenticated()
  @ApiOperation({ summary: 'Accept a request (trekkers) or your invitation; change a role (trekkers)' })
  @ApiOkResponse({ type: TeamMemberDto })
  @ApiForbiddenResponse({ description: 'Not a trekker, and not your own invitation.' })
  @ApiConflictResponse({ description: 'dossier-full, dossier-closed, last-trekker' })
  updateMember(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @Param('userId', UuidParamPipe) userId: string,
    @Body() dto: UpdateMembershipDto,
  ) {
    return this.team.update(user, id, userId, dto);
  }

  @Delete(':id/memberships/:userId')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Leave (yourself); decline a request, withdraw an invitation or remove someone (trekkers)',
  })
  @ApiNoContentResponse({ description: 'Gone from the team (or the request / invitation is).' })
  @ApiForbiddenResponse({ description: 'Someone else, and you are not a trekker.' })
  @ApiConflictResponse({ description: 'last-trekker' })
  async removeMember(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @Param('userId', UuidParamPipe) userId: string,
  ): Promise<void> {
    await this.team.remove(user, id, userId);
  }

  @Get(':id/checkpoints')
  @Authenticated()
  @ApiOperation({ summary: 'The checkpoints (ijkmomenten), by date' })
  @ApiOkResponse({ type: CheckpointListDto })
  checkpoints(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string) {
    return this.dossiers.checkpoints(user, id);
  }

  @Post(':id/checkpoints')
  @Authenticated()
  @ApiOperation({ summary: 'Plan a checkpoint (trekkers)' })
  @ApiCreatedResponse({ type: CheckpointDto })
  @ApiForbiddenResponse({ description: 'Not a trekker.' })
  planCheckpoint(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: CreateCheckpointDto,
  ) {
    return this.dossiers.planCheckpoint(user, id, dto);
  }

  @Patch(':id/checkpoints/:checkpointId')
  @Authenticated()
  @ApiOperation({ summary: 'Write the reflection, or record the checkpoint as held (trekkers)' })
  @ApiOkResponse({ type: CheckpointDto })
  @ApiForbiddenResponse({ description: 'Not a trekker.' })
  @ApiConflictResponse({
    description: 'The checkpoint was held already, or is planned for a later day (checkpoint-not-due).',
  })
  updateCheckpoint(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @Param('checkpointId', UuidParamPipe) checkpointId: string,
    @Body() dto: UpdateCheckpointDto,
  ) {
    return this.dossiers.updateCheckpoint(user, id, checkpointId, dto);
  }

  @Get(':id/activity')
  @Authenticated()
  @ApiOperation({ summary: 'The activity feed, newest first' })
  @ApiOkResponse({ type: ActivityPageDto })
  activity(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @Query() page: PageQueryDto,
  ) {
    return this.dossiers.activity(user, id, page);
  }

  @Get(':id/skill-gap')
  @Authenticated()
  @ApiOperation({
    summary: "Needed skills against the team's, with people of the partnership for each gap",
    description:
      'Trekkers see named suggestions of the people findable for them and how many others are not; ' +
      'everyone else sees per skill only how many people of the partnership have it.',
  })
  @ApiOkResponse({ type: SkillGapDto })
  skillGapOf(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string) {
    return this.skillGap.of(user, id);
  }
}
