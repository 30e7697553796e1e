import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import {
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
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { ListTasksQueryDto } from './dto/list-tasks-query.dto.js';
import { StatusChangeDto } from './dto/status-change.dto.js';
import { CreateTaskDto, UpdateTaskDto } from './dto/task-input.dto.js';
import { TasksService } from './tasks.service.js';
import { TaskDetailDto, TaskSummaryPageDto } from './dto/task.dto.js';

@ApiTags('tasks')
@Controller('tasks')
export class TasksController {
  constructor(@Inject(TasksService) private readonly tasks: TasksService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Find klussen: Dutch full-text search, filters, sorting; only what you may see' })
  @ApiOkResponse({ type: TaskSummaryPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ListTasksQueryDto) {
    return this.tasks.list(user, query);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'One klus, with free places; the poster also sees participants and applicants' })
  @ApiOkResponse({ type: TaskDetailDto })
  @ApiNotFoundResponse({
    description: 'Unknown, or not visible to you (never 403: existence is not leaked).',
  })
  get(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string) {
    return this.tasks.get(user, id);
  }

  @Post()
  @Authenticated('manager')
  @ApiOperation({ summary: 'Post a klus (published at once unless publish is false)' })
  @ApiCreatedResponse({ type: TaskDetailDto, description: 'The klus as GET /tasks/{id} shows it.' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateTaskDto) {
    return this.tasks.create(user, dto);
  }

  @Patch(':id')
  @Authenticated()
  @ApiOperation({ summary: 'Edit your klus; material changes are refused once people are on it' })
  @ApiOkResponse({ type: TaskDetailDto })
  @ApiForbiddenResponse({ description: 'Not the poster.' })
  @ApiConflictResponse({ description: 'task-has-participants, task-closed' })
  update(@CurrentUser() user: AuthUser, @Param('id', UuidParamPipe) id: string, @Body() dto: UpdateTaskDto) {
    return this.tasks.update(user, id, dto);
  }

  @Post(':id/status-changes')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Publish, start, complete (with hours per participant) or cancel (with a reason) your klus',
  })
  @ApiOkResponse({ type: TaskDetailDto })
  @ApiForbiddenResponse({ description: 'Not the poster.' })
  @ApiConflictResponse({ description: 'illegal-transition (names the current status), nobody-on-it' })
  changeStatus(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: StatusChangeDto,
  ) {
    return this.tasks.changeStatus(user, id, dto);
  }
}
