import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LocationPreference, SkillLevel } from '@klussenbank/domain';
import { DataSource } from 'typeorm';
import type { ProfileDto } from './dto/profile.dto.js';

/** A whole profile as it is stored. */
export interface StoredProfile {
  hoursPerMonth: number | null;
  locationPreference: LocationPreference;
  maxDistanceKm: number | null;
  skills: { skillId: string; level: SkillLevel }[];
  learningGoals: string[];
  /** Undefined: keep what is stored (false for a new profile). */
  findableByPartners?: boolean;
}

/** The SQL of profiles: the service decides, this reads and writes. */
@Injectable()
export class ProfilesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The person's profile, skill names in their own language. */
  async find(userId: string): Promise<ProfileDto | undefined> {
    // Skill names in the person's own language, Dutch when there is no English label.
    const label = `CASE WHEN u.locale = 'en' THEN coalesce(s.label_en, s.label_nl) ELSE s.label_nl END`;
    const [row] = await this.db.query<ProfileDto[]>(
      `SELECT p.hours_per_month AS "hoursPerMonth",
              coalesce(p.location_preference, 'any') AS "locationPreference",
              p.max_distance_km AS "maxDistanceKm",
              o.municipality,
              coalesce(p.findable_by_partners, false) AS "findableByPartners",
              coalesce((SELECT json_agg(json_build_object('skill', json_build_object('id', s.id, 'label', ${label}),
                                                          'level', us.level) ORDER BY ${label})
                          FROM user_skills us JOIN skills s ON s.id = us.skill_id
                         WHERE us.user_id = u.id AND us.source = 'self'), '[]') AS skills,
              coalesce((SELECT json_agg(json_build_object('skill', json_build_object('id', s.id, 'label', ${label}),
                                                          'level', us.level,
                                                          'task', CASE WHEN t.id IS NULL THEN NULL
                                                                  ELSE json_build_object('id', t.id, 'label', t.title) END,
                                                          'confirmedBy', c.display_name) ORDER BY ${label})
                          FROM user_skills us JOIN skills s ON s.id = us.skill_id
                          LEFT JOIN tasks t ON t.id = us.task_id
                          LEFT JOIN users c ON c.id = us.confirmed_by
                         WHERE us.user_id = u.id AND us.source = 'demonstrated'), '[]') AS "demonstratedSkills",
              coalesce((SELECT json_agg(json_build_object('id', s.id, 'label', ${label}) ORDER BY ${label})
                          FROM learning_goals g JOIN skills s ON s.id = g.skill_id
                         WHERE g.user_id = u.id), '[]') AS "learningGoals"
         FROM users u
         JOIN organisations o ON o.id = u.organisation_id
         LEFT JOIN profiles p ON p.user_id = u.id
        WHERE u.id = $1`,
      [userId],
    );
    return row;
  }

  /** Which of these skills exist in the shared taxonomy, active and not merged into another. */
  async activeSkills(ids: string[]): Promise<Set<string>> {
    const rows = await this.db.query<{ id: string }[]>(
      `SELECT id FROM skills WHERE id = ANY($1::uuid[]) AND active AND merged_into IS NULL AND status = 'accepted'`,
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Replaces the whole profile, its own skills and its learning goals, in one transaction. */
  async replace(userId: string, profile: StoredProfile): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO profiles (user_id, hours_per_month, location_preference, max_distance_km, findable_by_partners,
                               updated_at)
         VALUES ($1, $2, $3, $4, coalesce($5, false), now())
         ON CONFLICT (user_id) DO UPDATE
           SET hours_per_month = EXCLUDED.hours_per_month, location_preference = EXCLUDED.location_preference,
               max_distance_km = EXCLUDED.max_distance_km,
               findable_by_partners = coalesce($5, profiles.findable_by_partners), updated_at = now()`,
        [
          userId,
          profile.hoursPerMonth,
          profile.locationPreference,
          profile.maxDistanceKm,
          profile.findableByPartners ?? null,
        ],
      );
      await tx.query(`DELETE FROM user_skills WHERE user_id = $1 AND source = 'self'`, [userId]);
      await tx.query(
        `INSERT INTO user_skills (user_id, skill_id, source, level)
         SELECT $1, unnest($2::uuid[]), 'self', unnest($3::text[])`,
        [userId, profile.skills.map((s) => s.skillId), profile.skills.map((s) => s.level)],
      );
      await tx.query(`DELETE FROM learning_goals WHERE user_id = $1`, [userId]);
      await tx.query(`INSERT INTO learning_goals (user_id, skill_id) SELECT $1, unnest($2::uuid[])`, [
        userId,
        profile.learningGoals,
      ]);
    });
  }
}
