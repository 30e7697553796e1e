import { Body, Controller, Get, Inject, Param, Patch, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { Authenticated, CurrentUser } from '../auth/auth.decorators.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { TasksService } from '../tasks/tasks.service.js';
import { ClaimsService } from './claims.service.js';
import { ConsentDecisionDto, CreateClaimDto, UpdateClaimDto } from './dto/claim-input.dto.js';
import { ListDto } from '../common/dto/response.dto.js';
import { PostedTaskDto } from '../tasks/dto/task.dto.js';
import { ClaimDto, ConsentRequestDto, MyClaimDto } from './dto/claim.dto.js';

const MyClaimListDto = ListDto(MyClaimDto);
const PostedTaskListDto = ListDto(PostedTaskDto);
const ConsentRequestListDto = ListDto(ConsentRequestDto);

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
    type: ClaimDto,
    description: 'status: active (instant), applied (application mode) or awaiting-consent.',
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
  @ApiOkResponse({ type: ClaimDto })
  @ApiForbiddenResponse({
    description: 'Neither the claimant nor the poster, or a change only the other may make.',
  })
  @ApiConflictResponse({ description: 'illegal-claim-change, task-full' })
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
  @ApiOkResponse({ type: MyClaimListDto })
  myClaims(@CurrentUser() user: AuthUser) {
    return this.claims.mine(user);
  }

  @Get('me/tasks')
  @Authenticated()
  @ApiOperation({ summary: 'What I posted, with applicant and participant counts' })
  @ApiOkResponse({ type: PostedTaskListDto })
  myTasks(@CurrentUser() user: AuthUser) {
    return this.tasks.postedBy(user);
  }

  @Get('me/consent-requests')
  @Authenticated()
  @ApiOperation({ summary: "Line manager's inbox: claims of my people waiting for consent" })
  @ApiOkResponse({ type: ConsentRequestListDto })
  consentRequests(@CurrentUser() user: AuthUser) {
    return this.claims.consentRequests(user);
  }

  @Patch('consent-requests/:claimId')
  @Authenticated()
  @ApiOperation({ summary: 'Give or refuse consent as line manager' })
  @ApiOkResponse({ type: ClaimDto })
  @ApiConflictResponse({ description: 'illegal-claim-change (already decided), task-full' })
  decideConsent(
    @CurrentUser() user: AuthUser,
    @Param('claimId', UuidParamPipe) claimId: string,
    @Body() dto: ConsentDecisionDto,
  ) {
    return this.claims.decideConsent(user, claimId, dto.decision);
  }
}
