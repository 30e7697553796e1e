import type { SkillLabelKind, SkillLanguage } from '@klussenbank/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SkillEntity } from './skill.entity.js';

/** One name of a skill in one language. `normalised` is written by a trigger (see the skills migration). */
@Entity({ name: 'skill_labels' })
export class SkillLabelEntity {
  @PrimaryColumn({ name: 'skill_id', type: 'uuid' }) skillId: string;
  @ManyToOne(() => SkillEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'skill_id' })
  skill?: SkillEntity;

  @PrimaryColumn({ type: 'text' }) lang: SkillLanguage;
  @PrimaryColumn({ type: 'text' }) normalised: string;
  @Column({ type: 'text' }) label: string;
  @Column({ type: 'text' }) kind: SkillLabelKind;
}
