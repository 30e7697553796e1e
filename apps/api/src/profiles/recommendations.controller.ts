import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { Authenticated, CurrentUser } from '../auth/auth.decorators.js';
import { MatchingService } from './matching.service.js';
import { ListDto } from '../common/dto/response.dto.js';
import { RecommendedTaskDto } from './dto/recommendation.dto.js';

const RecommendedTaskListDto = ListDto(RecommendedTaskDto);

@ApiTags('profiles')
@Controller('me/recommended-tasks')
export class RecommendationsController {
  constructor(@Inject(MatchingService) private readonly matching: MatchingService) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    summary:
      'Aanbevolen voor u: open klussen you may take that fit your skills and learning goals, best first',
  })
  @ApiOkResponse({ type: RecommendedTaskListDto, description: 'At most 10, best first.' })
  async list(@CurrentUser() user: AuthUser) {
    return { items: await this.matching.recommendedFor(user) };
  }
}
