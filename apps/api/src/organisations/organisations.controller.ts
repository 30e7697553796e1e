import { Body, Controller, Get, Inject, Param, Patch, Post, Query } from '@nestjs/common';
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
import { PageQueryDto } from '../common/pagination.js';
import { type AuditActor } from '../audit/audit-log.service.js';
import { AuditedBy } from '../audit/audit.decorators.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { CreateOrganisationDto, OrganisationDto, UpdateOrganisationDto } from './dto/organisation.dto.js';
import { OrganisationsService } from './organisations.service.js';
import { PageDto } from '../common/dto/response.dto.js';

const OrganisationPageDto = PageDto(OrganisationDto);

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(@Inject(OrganisationsService) private readonly service: OrganisationsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'All organisations in the network, by name' })
  @ApiOkResponse({ type: OrganisationPageDto })
  list(@Query() query: PageQueryDto) {
    return this.service.list(query.page, query.pageSize);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'One organisation' })
  @ApiOkResponse({ type: OrganisationDto })
  @ApiNotFoundResponse({ description: 'No such organisation.' })
  get(@Param('id', UuidParamPipe) id: string): Promise<OrganisationDto> {
    return this.service.get(id);
  }

  @Post()
  @Authenticated('platform-admin')
  @ApiOperation({ summary: 'Add an organisation (platform admins)' })
  @ApiCreatedResponse({ type: OrganisationDto })
  @ApiConflictResponse({ description: 'An organisation with that name exists.' })
  create(@Body() dto: CreateOrganisationDto): Promise<OrganisationDto> {
    return this.service.create(dto);
  }

  @Patch(':id')
  @Authenticated()
  @ApiOperation({ summary: "Change an organisation's settings (its org-admins, platform admins)" })
  @ApiOkResponse({ type: OrganisationDto })
  @ApiForbiddenResponse({ description: 'Not an administrator of this organisation.' })
  @ApiNotFoundResponse({ description: 'No such organisation.' })
  update(
    @CurrentUser() actor: AuthUser,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: UpdateOrganisationDto,
    @AuditedBy() by: AuditActor,
  ): Promise<OrganisationDto> {
    return this.service.update(actor, id, dto, by);
  }
}
