import { type Readable, Transform } from 'node:stream';
import { Controller, HttpCode, HttpStatus, Inject, Post, Req } from '@nestjs/common';
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
import { type AuditActor } from '../audit/audit-log.service.js';
import { AuditedBy } from '../audit/audit.decorators.js';
import { AppConfig } from '../config/app-config.js';
import { SkillImportReportDto } from './dto/skill.dto.js';
import { NotEscoFileError, SkillImportRunningError, SkillImportService } from './skill-import.service.js';

/** Room for the field lang and the multipart headers around the file. */
const ENVELOPE_BYTES = 64 * 1024;

/** The upload went past SKILL_IMPORT_MAX_BYTES: the import rolls back. */
class UploadTooLargeError extends Error {}

@ApiTags('skills')
@Controller('skill-imports')
export class SkillImportsController {
  constructor(
    @Inject(SkillImportService) private readonly importer: SkillImportService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  @Post()
  @Authenticated('platform-admin')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Import ESCO's skills_nl.csv or skills_en.csv (streamed; idempotent; all or nothing; bad rows reported by line)",
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    description: 'The field lang must come before the file.',
    schema: {
      type: 'object',
      required: ['lang', 'file'],
      properties: {
        lang: { type: 'string', enum: [...SKILL_LANGUAGES], description: 'Language of the file.' },
        file: {
          type: 'string',
          format: 'binary',
          description: 'ESCO skills CSV, at most SKILL_IMPORT_MAX_BYTES (100 MiB by default).',
        },
      },
    },
  })
  @ApiOkResponse({ type: SkillImportReportDto })
  @ApiConflictResponse({ description: 'skill-import-running: another import is still busy.' })
  @ApiPayloadTooLargeResponse({
    description:
      'skill-import-too-large: the file is larger than SKILL_IMPORT_MAX_BYTES (100 MiB by default); nothing is imported.',
  })
  async create(@Req() request: FastifyRequest, @AuditedBy() by: AuditActor): Promise<SkillImportReportDto> {
    const limit = this.config.SKILL_IMPORT_MAX_BYTES;
    // A request that announces more than the file may be is refused before anything is read.
    if (Number(request.headers['content-length'] ?? 0) > limit + ENVELOPE_BYTES) {
      throw this.tooLarge();
    }
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
    return this.run(part.file, lang, by);
  }

  private tooLarge(): ProblemException {
    return new ProblemException(HttpStatus.PAYLOAD_TOO_LARGE, 'skill-import-too-large', {
      params: { megabytes: Math.floor(this.config.SKILL_IMPORT_MAX_BYTES / (1024 * 1024)) },
    });
  }

  private async run(file: Readable, lang: SkillLanguage, by: AuditActor): Promise<SkillImportReportDto> {
    // Multipart cuts a file at the limit and ends it as if it were complete (the cut may even come
    // before this handler sees the part); the import must fail instead and roll back, so the stream it
    // reads ends in an error when the file was cut.
    const truncated = () => (file as Readable & { truncated?: boolean }).truncated === true;
    const source = new Transform({
      transform: (chunk: Buffer, _encoding, done) =>
        truncated() ? done(new UploadTooLargeError()) : done(null, chunk),
      flush: (done) => (truncated() ? done(new UploadTooLargeError()) : done()),
    });
    file.on('error', (error) => source.destroy(error));
    file.pipe(source);
    try {
      return await this.importer.importEsco(source, lang, by);
    } catch (error) {
      if (error instanceof UploadTooLargeError || truncated()) {
        throw this.tooLarge();
      }
      if (error instanceof NotEscoFileError) {
        throw ProblemException.badRequest([{ name: 'file', key: 'not-esco-csv' }], 'not-esco-csv', {});
      }
      if (error instanceof SkillImportRunningError) {
        throw ProblemException.conflict('skill-import-running');
      }
      throw error;
    } finally {
      // Whatever was not read is drained, so the client gets its answer and the connection stays usable.
      file.unpipe(source);
      if (!file.readableEnded) file.resume();
    }
  }
}

function fieldValue(field: Multipart | Multipart[] | undefined): string | undefined {
  const single = Array.isArray(field) ? field[0] : field;
  return single?.type === 'field' && typeof single.value === 'string' ? single.value.trim() : undefined;
}
