import { Inject, Injectable } from '@nestjs/common';
import { profileProblems } from '@klussenbank/domain';
import { type FieldError, ProblemException } from '../common/problem/problem.js';
import type { ProfileDto, ProfileInputDto } from './dto/profile.dto.js';
import { ProfilesRepository } from './profiles.repository.js';

/** A person's own profile: skills with a level, learning goals, hours and where they like to work. */
@Injectable()
export class ProfilesService {
  constructor(@Inject(ProfilesRepository) private readonly profiles: ProfilesRepository) {}

  async get(userId: string): Promise<ProfileDto> {
    const row = await this.profiles.find(userId);
    if (!row) throw ProblemException.notFound();
    return row;
  }

  /** Replaces the whole profile in one transaction; unknown or merged skills are refused by name. */
  async replace(userId: string, input: ProfileInputDto): Promise<ProfileDto> {
    const maxDistanceKm = input.maxDistanceKm ?? null;
    const invalid: FieldError[] = profileProblems({ ...input, maxDistanceKm }).map(({ field, problem }) => ({
      name: field,
      key: problem,
    }));
    const skillIds = [...input.skills.map((s) => s.skillId), ...input.learningGoals];
    const known = await this.profiles.activeSkills(skillIds);
    input.skills.forEach((s, i) => {
      if (!known.has(s.skillId)) {
        invalid.push({ name: `skills[${i}].skillId`, key: 'unknown-skill' });
      }
    });
    input.learningGoals.forEach((id, i) => {
      if (!known.has(id)) {
        invalid.push({ name: `learningGoals[${i}]`, key: 'unknown-skill' });
      }
    });
    if (invalid.length > 0) throw ProblemException.badRequest(invalid);

    await this.profiles.replace(userId, {
      hoursPerMonth: input.hoursPerMonth,
      locationPreference: input.locationPreference,
      maxDistanceKm,
      skills: input.skills.map((skill) => ({ skillId: skill.skillId, level: skill.level })),
      learningGoals: input.learningGoals,
      findableByPartners: input.findableByPartners,
    });
    return this.get(userId);
  }
}
