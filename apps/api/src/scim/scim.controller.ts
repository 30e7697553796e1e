import {
  All,
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Inject,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Req,
  Res,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SCIM_ENTERPRISE_SCHEMA, SCIM_LIST_SCHEMA, SCIM_USER_SCHEMA } from '@klussenbank/domain';
import type { FastifyReply } from 'fastify';
import type { AuditActor } from '../audit/audit-log.service.js';
import { Public } from '../auth/auth.decorators.js';
import { ScimAuthGuard, type ScimClient, type ScimRequest } from './scim-auth.guard.js';
import { SCIM_CONTENT_TYPE, ScimException, ScimExceptionFilter } from './scim-error.js';
import { schemas, serviceProviderConfig, userResourceType } from './scim-schemas.js';
import { ScimUsersService } from './scim-users.service.js';

const client = (request: ScimRequest): ScimClient => {
  if (!request.scim) throw new ScimException(401, 'A valid SCIM bearer token is required.');
  return request.scim;
};
/** SCIM changes are made by the organisation's identity system: no person, the request's address. */
const actorOf = (request: ScimRequest): AuditActor => ({ id: null, ipAddress: request.ip ?? null });

/**
 * SCIM 2.0 (RFC 7644) at /scim/v2 (create-app.ts maps it onto this controller under /api/v1): not in
 * the OpenAPI document, since SCIM clients speak SCIM's own schemas and errors, not problem+json.
 * Public to the session guard; ScimAuthGuard requires an organisation's token. docs/scim.md.
 */
@ApiExcludeController()
@Public()
@UseGuards(ScimAuthGuard)
@UseFilters(ScimExceptionFilter)
@Controller('scim/v2')
export class ScimController {
  constructor(@Inject(ScimUsersService) private readonly users: ScimUsersService) {}

  @Get('ServiceProviderConfig')
  @Header('Content-Type', SCIM_CONTENT_TYPE)
  serviceProviderConfig() {
    return serviceProviderConfig(this.users.base());
  }

  @Get('ResourceTypes')
  @Header('Content-Type', SCIM_CONTENT_TYPE)
  resourceTypes() {
    const resources = [userResourceType(this.users.base())];
    return {
      schemas: [SCIM_LIST_SCHEMA],
      totalResults: 1,
      startIndex: 1,
      itemsPerPage: 1,
      Resources: resources,
    };
  }

  @Get('ResourceTypes/:name')
  @Header('Content-Type', SCIM_CONTENT_TYPE)
  resourceType(@Param('name') name: string) {
    if (name !== 'User') throw ScimException.notFound();
    return userResourceType(this.users.base());
  }

  @Get('Schemas')
  @Header('Content-Type', SCIM_CONTENT_TYPE)
  schemas() {
    const resources = schemas(this.users.base());
    return {
      schemas: [SCIM_LIST_SCHEMA],
      totalResults: resources.length,
      startIndex: 1,
      itemsPerPage: resources.length,
      Resources: resources,
    };
  }

  @Get('Schemas/:id')
  @Header('Content-Type', SCIM_CONTENT_TYPE)
  schema(@Param('id') id: string) {
    const found = schemas(this.users.base()).find((s) => s.id === id);
    if (!found || ![SCIM_USER_SCHEMA, SCIM_ENTERPRISE_SCHEMA].includes(id)) throw ScimException.notFound();
    return found;
  }

  @Get('Users')
  @Header('Content-Type', SCIM_CONTENT_TYPE)
  list(@Req() request: ScimRequest, @Query() query: Record<string, unknown>) {
    return this.users.list(client(request), query);
  }

  @Post('Users')
  @HttpCode(201)
  @Header('Content-Type', SCIM_CONTENT_TYPE)
  async create(
    @Req() request: ScimRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Body() body: unknown,
  ) {
    const created = await this.users.create(client(request), actorOf(request), body);
    void reply.header('Location', created.meta.location);
    return created;
  }

  @Get('Users/:id')
  @Header('Content-Type', SCIM_CONTENT_TYPE)
  get(@Req() request: ScimRequest, @Param('id') id: string) {
    return this.users.get(client(request), id);
  }

  @Put('Users/:id')
  @Header('Content-Type', SCIM_CONTENT_TYPE)
  replace(@Req() request: ScimRequest, @Param('id') id: string, @Body() body: unknown) {
    return this.users.replace(client(request), actorOf(request), id, body);
  }

  @Patch('Users/:id')
  @Header('Content-Type', SCIM_CONTENT_TYPE)
  patch(@Req() request: ScimRequest, @Param('id') id: string, @Body() body: unknown) {
    return this.users.patch(client(request), actorOf(request), id, body);
  }

  @Delete('Users/:id')
  @HttpCode(204)
  async remove(@Req() request: ScimRequest, @Param('id') id: string): Promise<void> {
    await this.users.remove(client(request), actorOf(request), id);
  }

  /** Anything else under /scim/v2 (Groups, Bulk, /Me): a SCIM 404, not the API's problem+json. */
  @All('*')
  other(): never {
    throw ScimException.notFound();
  }
}
