import { Body, Controller, Get, Inject, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { Authenticated, CurrentUser } from '../auth/auth.decorators.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { TasksService } from '../tasks/tasks.service.js';
import { ClaimsService } from './claims.service.js';
import { ConsentDecisionDto, CreateClaimDto, UpdateClaimDto } from './dto/claim-input.dto.js';

@ApiTags('claims')
@Controller()
export class ClaimsController {
  constructor(
    @Inject(ClaimsService) private readonly claims: ClaimsService,
    @Inject(TasksService) private readonly tasks: TasksService,
  ) {}

  @Post('tasks/:id/claims')
  @Authenticated()
  @ApiOperation({ summary: 'Take a place (instant) or apply with a motivation (application mode)' })
  @ApiCreatedResponse({
    description: "{ id, status: 'active' | 'applied' | 'awaiting-consent', motivation }",
  })
  @ApiConflictResponse({
    description: 'task-full ("Deze klus is vol"), task-not-open, already-claimed, own-task',
  })
  claim(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: CreateClaimDto) {
    return this.claims.claim(user, id, dto);
  }

  @Patch('tasks/:id/claims/:claimId')
  @Authenticated()
  @ApiOperation({ summary: 'Withdraw (you), or accept, decline or remove (the poster)' })
  decide(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @Param('claimId', UuidParamPipe) claimId: string,
    @Body() dto: UpdateClaimDto,
  ) {
    return this.claims.decide(user, id, claimId, dto.status, dto.message);
  }

  @Get('me/claims')
  @Authenticated()
  @ApiOperation({ summary: 'What I claimed, applied for and completed' })
  myClaims(@CurrentUser() user: AuthUser) {
    return this.claims.mine(user);
  }

  @Get('me/tasks')
  @Authenticated()
  @ApiOperation({ summary: 'What I posted, with applicant and participant counts' })
  myTasks(@CurrentUser() user: AuthUser) {
    return this.tasks.postedBy(user);
  }

  @Get('me/consent-requests')
  @Authenticated()
  @ApiOperation({ summary: "Line manager's inbox: claims of my people waiting for consent" })
  consentRequests(@CurrentUser() user: AuthUser) {
    return this.claims.consentRequests(user);
  }

  @Patch('consent-requests/:claimId')
  @Authenticated()
  @ApiOperation({ summary: 'Give or refuse consent as line manager' })
  decideConsent(
    @CurrentUser() user: AuthUser,
    @Param('claimId', UuidParamPipe) claimId: string,
    @Body() dto: ConsentDecisionDto,
  ) {
    return this.claims.decideConsent(user, claimId, dto.decision);
  }
}
