import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
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
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import {
  CreateSuccessCommentDto,
  ListSuccessesQueryDto,
  NamingAnswerDto,
  ShareSuccessDto,
} from './dto/success-input.dto.js';
import {
  ApplauseDto,
  SuccessCommentDto,
  SuccessDetailDto,
  SuccessDto,
  SuccessPageDto,
} from './dto/success.dto.js';
import { SuccessesService } from './successes.service.js';

const NOT_FOUND = 'not-found.success: unknown, or not shared with your organisation or its partnerships.';

@ApiTags('successes')
@Controller('successes')
export class SuccessesController {
  constructor(@Inject(SuccessesService) private readonly successes: SuccessesService) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    summary: 'The successes wall: newest first, those shared with your organisation or its partnerships',
  })
  @ApiOkResponse({ type: SuccessPageDto })
  @ApiBadRequestResponse({ description: 'Every invalid filter at once.' })
  list(@CurrentUser() user: AuthUser, @Query() query: ListSuccessesQueryDto) {
    return this.successes.list(user, query);
  }

  @Post()
  @Authenticated()
  @ApiOperation({
    summary: 'Share a completed klus (its poster) or a dossier milestone (a trekker) as a success',
    description:
      'A dossier milestone is a held checkpoint (checkpointId) or the completed dossier. The people involved are asked whether they may be named; nobody is named until they agree.',
  })
  @ApiCreatedResponse({ type: SuccessDetailDto })
  @ApiBadRequestResponse({ description: 'Every invalid field at once; task-or-dossier.' })
  @ApiForbiddenResponse({ description: 'forbidden.success-share: not the poster or a trekker.' })
  @ApiNotFoundResponse({ description: 'not-found.task, not-found.dossier, not-found.checkpoint' })
  @ApiConflictResponse({ description: 'success-not-reached, success-shared' })
  share(@CurrentUser() user: AuthUser, @Body() dto: ShareSuccessDto) {
    return this.successes.share(user, dto);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'One success, with its comments' })
  @ApiOkResponse({ type: SuccessDetailDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  get(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string) {
    return this.successes.get(user, id);
  }

  @Put(':id/naming')
  @Authenticated()
  @ApiOperation({
    summary: '"Mag uw naam bij dit succes?": agree, decline, or withdraw an earlier yes',
  })
  @ApiOkResponse({ type: SuccessDto })
  @ApiBadRequestResponse({ description: 'agree is not a boolean.' })
  @ApiForbiddenResponse({ description: 'forbidden.success-naming: you are not involved in it.' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  answerNaming(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: NamingAnswerDto,
  ) {
    return this.successes.answerNaming(user, id, dto.agree);
  }

  @Put(':id/applause')
  @Authenticated()
  @ApiOperation({ summary: 'Applaud (once per person; again changes nothing)' })
  @ApiOkResponse({ type: ApplauseDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  applaud(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string) {
    return this.successes.applaud(user, id, true);
  }

  @Delete(':id/applause')
  @Authenticated()
  @ApiOperation({ summary: 'Withdraw your applause' })
  @ApiOkResponse({ type: ApplauseDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  withdrawApplause(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string) {
    return this.successes.applaud(user, id, false);
  }

  @Post(':id/comments')
  @Authenticated()
  @ApiOperation({ summary: 'React with a short comment' })
  @ApiCreatedResponse({ type: SuccessCommentDto })
  @ApiBadRequestResponse({ description: 'Every invalid field at once.' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  comment(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: CreateSuccessCommentDto,
  ) {
    return this.successes.comment(user, id, dto.body);
  }

  @Delete(':id/comments/:commentId')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Hide a comment (its author, an org-admin of an organisation involved or of the author)',
  })
  @ApiNoContentResponse({ description: 'Hidden from everyone.' })
  @ApiForbiddenResponse({ description: 'forbidden.success-comment-hide' })
  @ApiNotFoundResponse({ description: `${NOT_FOUND} not-found.success-comment` })
  async hideComment(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @Param('commentId', UuidParamPipe) commentId: string,
  ): Promise<void> {
    await this.successes.hideComment(user, id, commentId);
  }
}
