import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated } from '../auth/auth.decorators.js';
import { PageQueryDto } from '../common/pagination.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import {
  CreatePartnershipDto,
  HourRateDto,
  PartnershipDto,
  PartnershipMemberImpactDto,
} from './dto/partnership.dto.js';
import { PartnershipsService } from './partnerships.service.js';
import { PageDto } from '../common/dto/response.dto.js';

const PartnershipPageDto = PageDto(PartnershipDto);

@ApiTags('partnerships')
@Controller('partnerships')
export class PartnershipsController {
  constructor(@Inject(PartnershipsService) private readonly service: PartnershipsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'All partnerships (samenwerkingsverbanden) with their member organisations' })
  @ApiOkResponse({ type: PartnershipPageDto })
  list(@Query() query: PageQueryDto) {
    return this.service.list(query.page, query.pageSize);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'One partnership' })
  @ApiOkResponse({ type: PartnershipDto })
  get(@Param('id', UuidParamPipe) id: string): Promise<PartnershipDto> {
    return this.service.get(id);
  }

  @Post()
  @Authenticated('platform-admin')
  @ApiOperation({ summary: 'Create a partnership (platform admins)' })
  @ApiCreatedResponse({ type: PartnershipDto })
  @ApiConflictResponse({ description: 'A partnership with that name exists.' })
  create(@Body() dto: CreatePartnershipDto): Promise<PartnershipDto> {
    return this.service.create(dto);
  }

  @Put(':id/organisations/:organisationId')
  @Authenticated('platform-admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Add an organisation to a partnership (idempotent)' })
  @ApiNoContentResponse({ description: 'The organisation is a member.' })
  addMember(
    @Param('id', UuidParamPipe) id: string,
    @Param('organisationId', UuidParamPipe) organisationId: string,
  ): Promise<void> {
    return this.service.addMember(id, organisationId);
  }

  @Get(':id/organisations/:organisationId/impact')
  @Authenticated('platform-admin')
  @ApiOperation({
    summary:
      'What an organisation joining or leaving this partnership touches: running klussen on both sides, running dossiers and its people in their teams (platform admins)',
  })
  @ApiOkResponse({ type: PartnershipMemberImpactDto })
  @ApiNotFoundResponse({ description: 'not-found.partnership, not-found.organisation' })
  memberImpact(
    @Param('id', UuidParamPipe) id: string,
    @Param('organisationId', UuidParamPipe) organisationId: string,
  ): Promise<PartnershipMemberImpactDto> {
    return this.service.memberImpact(id, organisationId);
  }

  @Delete(':id/organisations/:organisationId')
  @Authenticated('platform-admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an organisation from a partnership' })
  @ApiNoContentResponse({ description: 'The organisation is no longer a member.' })
  removeMember(
    @Param('id', UuidParamPipe) id: string,
    @Param('organisationId', UuidParamPipe) organisationId: string,
  ): Promise<void> {
    return this.service.removeMember(id, organisationId);
  }

  @Put(':id/hour-rate')
  @Authenticated('platform-admin')
  @ApiOperation({
    summary: 'Record or clear the hour rate the partners agreed (platform admins)',
    description:
      'Hours are not money unless the partners decide so: with a rate, the settlement export (GET /ledger/settlement) adds hours × rate; null clears it. ' +
      'Like membership, a platform admin records what the member organisations agreed.',
  })
  @ApiOkResponse({ type: PartnershipDto })
  setHourRate(@Param('id', UuidParamPipe) id: string, @Body() dto: HourRateDto): Promise<PartnershipDto> {
    return this.service.setHourRate(id, dto.hourRate);
  }
}
