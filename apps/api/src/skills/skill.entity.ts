import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../users/user.entity.js';

/**
 * An ESCO concept or a skill somebody proposed. Reads and writes go through SQL in SkillsService and
 * SkillImportService; the entity describes the table for the schema check.
 */
@Entity({ name: 'skills' })
export class SkillEntity {
  @PrimaryGeneratedColumn('uuid') id: string;

  /** ESCO's conceptUri; the key an import matches on. Null for proposed skills. */
  @Column({ name: 'esco_uri', type: 'text', nullable: true, unique: true }) escoUri: string | null;

  @Column({ name: 'label_nl', type: 'text' }) labelNl: string;
  @Column({ name: 'label_en', type: 'text', nullable: true }) labelEn: string | null;
  /** ESCO's skillType ('skill/competence', 'knowledge') or what the proposer chose. */
  @Column({ type: 'text', nullable: true }) category: string | null;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ type: 'boolean', default: true }) active: boolean;
  /** ESCO imports and platform admins' skills are verified; org-admins' proposals are not (yet). */
  @Column({ type: 'boolean', default: false }) verified: boolean;

  @Column({ name: 'merged_into', type: 'uuid', nullable: true }) mergedInto: string | null;
  @ManyToOne(() => SkillEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merged_into' })
  mergedIntoSkill?: SkillEntity | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
