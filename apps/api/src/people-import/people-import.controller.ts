import { Body, Controller, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { AuditActor } from '../audit/audit-log.service.js';
import { AuditedBy } from '../audit/audit.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { Authenticated, CurrentUser } from '../auth/auth.decorators.js';
import { requestLanguage } from '../common/problem/language.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { PeopleImportDto, PeopleImportPreviewDto, PeopleImportResultDto } from './dto/people-import.dto.js';
import { PeopleImportService } from './people-import.service.js';

const FILE =
  'The body carries the CSV file as text (`csv`): at most 5,000 people and 1 MB of JSON (413 beyond that).';
const FILE_ERRORS =
  'invalid-input: the file as a whole (`invalidParams[].name` = `csv`): not CSV (invalid-csv), a header without ' +
  'e-mail or name column (people-import-columns), nobody in it (people-import-empty), too many people ' +
  '(people-import-too-many-rows); or a body field that is wrong.';

@ApiTags('people-imports')
@Controller('organisations/:id/people-imports')
export class PeopleImportController {
  constructor(@Inject(PeopleImportService) private readonly service: PeopleImportService) {}

  @Post('preview')
  @Authenticated('org-admin', 'platform-admin')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Preview a CSV import of the organisation's people: per row what would happen; nothing is written",
    description:
      `${FILE} Each row is create, update (with the fields that change), unchanged or error (with every ` +
      'problem of the row, in the language of Accept-Language). `missing` lists the active people the file ' +
      'does not list, who are switched off only when the apply asks for it. For org-admins of the ' +
      'organisation and platform admins.',
  })
  @ApiOkResponse({ type: PeopleImportPreviewDto })
  @ApiBadRequestResponse({ description: FILE_ERRORS })
  @ApiForbiddenResponse({ description: 'forbidden.own-organisation-users: another organisation.' })
  @ApiNotFoundResponse({ description: 'not-found.organisation' })
  preview(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidParamPipe) organisationId: string,
    @Body() dto: PeopleImportDto,
    @Req() request: FastifyRequest,
  ): Promise<PeopleImportPreviewDto> {
    return this.service.preview(user, organisationId, dto, requestLanguage(request.headers));
  }

  @Post()
  @Authenticated('org-admin', 'platform-admin')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Import the organisation's people from a CSV file: the whole file in one transaction, or nothing",
    description:
      `${FILE} Compares the file again (as the preview does) and writes it: new people (without a password: ` +
      'they sign in through their organisation or with an invitation link, `sendInvitations`), changed fields, ' +
      'line managers (found in the file or the organisation), and with `deactivateMissing` the active people the ' +
      'file does not list are switched off (their sessions end). Idempotent: the same file again changes ' +
      'nothing. Two applies of one organisation run one after the other. Any row with an error blocks the ' +
      'whole file (400 with every row error in `invalidParams`, named `line.<line>.<column>`).',
  })
  @ApiOkResponse({ type: PeopleImportResultDto })
  @ApiBadRequestResponse({
    description: `${FILE_ERRORS} Or people-import-invalid: rows with errors; nothing was written.`,
  })
  @ApiForbiddenResponse({ description: 'forbidden.own-organisation-users: another organisation.' })
  @ApiNotFoundResponse({ description: 'not-found.organisation' })
  @ApiConflictResponse({
    description:
      'email-taken: during the import one of the new addresses was taken elsewhere; nothing was written.',
  })
  apply(
    @CurrentUser() user: AuthUser,
    @AuditedBy() by: AuditActor,
    @Param('id', UuidParamPipe) organisationId: string,
    @Body() dto: PeopleImportDto,
  ): Promise<PeopleImportResultDto> {
    return this.service.apply(user, by, organisationId, dto);
  }
}
