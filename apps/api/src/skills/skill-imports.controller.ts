import type { Readable } from 'node:stream';
import { Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
} from '@nestjs/swagger';
import { isSkillLanguage, SKILL_LANGUAGES, type SkillLanguage } from '@klussenbank/domain';
import type { Multipart } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { Authenticated } from '../auth/auth.decorators.js';
import { ProblemException } from '../common/problem/problem.js';
import { SkillImportReportDto } from './dto/skill.dto.js';
import { NotEscoFileError, SkillImportRunningError, SkillImportService } from './skill-import.service.js';

export const SKILL_IMPORT_MAX_BYTES = 100 * 1024 * 1024;

@ApiTags('skills')
@Controller('skill-imports')
export class SkillImportsController {
  constructor(@Inject(SkillImportService) private readonly importer: SkillImportService) {}

  @Post()
  @Authenticated('platform-admin')
  @HttpCode(200)
  @ApiOperation({
    summary: "Import ESCO's skills_nl.csv or skills_en.csv (streamed; idempotent; bad rows reported by line)",
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    description: 'The field lang must come before the file.',
    schema: {
      type: 'object',
      required: ['lang', 'file'],
      properties: {
        lang: { type: 'string', enum: [...SKILL_LANGUAGES], description: 'Language of the file.' },
        file: { type: 'string', format: 'binary', description: `ESCO skills CSV, at most 100 MB.` },
      },
    },
  })
  @ApiOkResponse({ type: SkillImportReportDto })
  @ApiConflictResponse({ description: 'skill-import-running: another import is still busy.' })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than 100 MB.' })
  async create(@Req() request: FastifyRequest): Promise<SkillImportReportDto> {
    if (!request.isMultipart()) {
      throw ProblemException.badRequest(
        [{ name: 'file', key: 'not-multipart' }],
        'invalid-input.not-multipart',
        {},
      );
    }
    const part = await request.file();
    if (!part) {
      throw ProblemException.badRequest([{ name: 'file', key: 'required.esco-file' }]);
    }
    const lang = fieldValue(part.fields['lang']);
    if (!isSkillLanguage(lang)) {
      part.file.resume();
      throw ProblemException.badRequest([{ name: 'lang', key: 'not-allowed-value.lang-before-file' }]);
    }
    return this.run(part.file, lang);
  }

  private async run(file: Readable, lang: SkillLanguage): Promise<SkillImportReportDto> {
    try {
      return await this.importer.importEsco(file, lang);
    } catch (error) {
      if (error instanceof NotEscoFileError) {
        throw ProblemException.badRequest([{ name: 'file', key: 'not-esco-csv' }], 'not-esco-csv', {});
      }
      if (error instanceof SkillImportRunningError) {
        throw ProblemException.conflict('skill-import-running');
      }
      throw error;
    } finally {
      // Whatever was not read is drained, so the client gets its answer and the connection stays usable.
      if (!file.readableEnded) file.resume();
    }
  }
}

function fieldValue(field: Multipart | Multipart[] | undefined): string | undefined {
  const single = Array.isArray(field) ? field[0] : field;
  return single?.type === 'field' && typeof single.value === 'string' ? single.value.trim() : undefined;
}
