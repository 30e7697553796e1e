import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A skill a klus asks for: a reference to the taxonomy, required or nice to have. */
@Entity({ name: 'task_skills' })
export class TaskSkillEntity {
  @PrimaryColumn({ name: 'task_id', type: 'uuid' }) taskId: string;
  @PrimaryColumn({ name: 'skill_id', type: 'uuid' }) skillId: string;
  @Column({ type: 'boolean' }) required: boolean;
}
