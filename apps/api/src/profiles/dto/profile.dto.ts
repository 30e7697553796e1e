import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { nullableObject } from '../../common/dto/response.dto.js';
import {
  LOCATION_PREFERENCES,
  type LocationPreference,
  PROFILE_LIMITS,
  SKILL_LEVELS,
  type SkillLevel,
} from '@klussenbank/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const FINDABLE_DESCRIPTION =
  '"Vindbaar voor trekkers en managers van partnerorganisaties": trekkers of dossiers from other ' +
  'organisations of your partnerships may see your name and skills as a suggestion. Off by default.';

export class ProfileSkillInputDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'Kies een vaardigheid uit de lijst.' })
  skillId: string;

  @ApiProperty({ enum: SKILL_LEVELS })
  @IsIn(SKILL_LEVELS, { message: 'Kies basis, gevorderd of expert.' })
  level: SkillLevel;
}

/** The whole profile, replaced at once: what you see in the form is what is stored. */
export class ProfileInputDto {
  @ApiProperty({ type: 'integer', nullable: true, description: 'Hours a month for klussen; null: not said.' })
  @ValidateIf((o: ProfileInputDto) => o.hoursPerMonth !== null)
  @IsInt({ message: 'Vul een heel aantal uren in.' })
  @Min(0, { message: 'Vul 0 of meer uren in.' })
  @Max(PROFILE_LIMITS.hoursPerMonthMax, {
    message: `Hoogstens ${PROFILE_LIMITS.hoursPerMonthMax} uur per maand.`,
  })
  hoursPerMonth: number | null;

  @ApiProperty({ enum: LOCATION_PREFERENCES })
  @IsIn(LOCATION_PREFERENCES, { message: 'Kies op afstand, in de buurt of maakt niet uit.' })
  locationPreference: LocationPreference;

  @ApiPropertyOptional({ type: 'integer', nullable: true, description: 'Required for "nearby".' })
  @ValidateIf((o: ProfileInputDto) => o.maxDistanceKm !== null && o.maxDistanceKm !== undefined)
  @IsInt({ message: 'Vul een heel aantal kilometers in.' })
  @Min(1, { message: 'Vul minstens 1 km in.' })
  @Max(PROFILE_LIMITS.distanceKmMax, { message: `Hoogstens ${PROFILE_LIMITS.distanceKmMax} km.` })
  maxDistanceKm?: number | null;

  @ApiProperty({ type: [ProfileSkillInputDto], maxItems: PROFILE_LIMITS.skillsMax })
  @IsArray({ message: 'Geef een lijst van vaardigheden.' })
  @ArrayMaxSize(PROFILE_LIMITS.skillsMax, {
    message: `Hoogstens ${PROFILE_LIMITS.skillsMax} vaardigheden.`,
  })
  @ArrayUnique((s: ProfileSkillInputDto) => s.skillId, { message: 'Elke vaardigheid één keer.' })
  @ValidateNested({ each: true })
  @Type(() => ProfileSkillInputDto)
  skills: ProfileSkillInputDto[];

  @ApiProperty({ type: [String], format: 'uuid', maxItems: PROFILE_LIMITS.learningGoalsMax })
  @IsArray({ message: 'Geef een lijst van leerdoelen.' })
  @ArrayMaxSize(PROFILE_LIMITS.learningGoalsMax, {
    message: `Hoogstens ${PROFILE_LIMITS.learningGoalsMax} leerdoelen.`,
  })
  @ArrayUnique({ message: 'Elk leerdoel één keer.' })
  @IsUUID('all', { each: true, message: 'Kies een leerdoel uit de lijst.' })
  learningGoals: string[];

  @ApiPropertyOptional({ description: FINDABLE_DESCRIPTION + ' Left out: stays as it is.' })
  @IsOptional()
  @IsBoolean({ message: 'Kies ja of nee.' })
  findableByPartners?: boolean;
}

export class SkillRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() label: string;
}

export class ProfileSkillDto {
  @ApiProperty({ type: SkillRefDto }) skill: SkillRefDto;
  @ApiProperty({ enum: SKILL_LEVELS }) level: SkillLevel;
}

export class DemonstratedSkillDto extends ProfileSkillDto {
  @ApiProperty(
    nullableObject(
      { id: { type: 'string', format: 'uuid' }, label: { type: 'string' } },
      'The klus in which it was shown.',
    ),
  )
  task: SkillRefDto | null;
  @ApiProperty({ type: String, nullable: true }) confirmedBy: string | null;
}

export class ProfileDto {
  @ApiProperty({ type: 'integer', nullable: true }) hoursPerMonth: number | null;
  @ApiProperty({ enum: LOCATION_PREFERENCES }) locationPreference: LocationPreference;
  @ApiProperty({ type: 'integer', nullable: true }) maxDistanceKm: number | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "The municipality of the person's organisation.",
  })
  municipality: string | null;
  @ApiProperty({ type: [ProfileSkillDto], description: 'Self-declared.' }) skills: ProfileSkillDto[];
  @ApiProperty({ type: [DemonstratedSkillDto], description: 'Confirmed by the poster of a completed klus.' })
  demonstratedSkills: DemonstratedSkillDto[];
  @ApiProperty({ type: [SkillRefDto] }) learningGoals: SkillRefDto[];
  @ApiProperty({ description: FINDABLE_DESCRIPTION }) findableByPartners: boolean;
}
