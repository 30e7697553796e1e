import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A skill a klus asks for, by name until the skills taxonomy arrives. */
@Entity({ name: 'task_skills' })
export class TaskSkillEntity {
  @PrimaryColumn({ name: 'task_id', type: 'uuid' }) taskId: string;
  @PrimaryColumn({ type: 'text' }) name: string;
  @Column({ type: 'boolean' }) required: boolean;
}
