import type { ClaimStatus } from '@klussenbank/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'claims' })
export class ClaimEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'task_id', type: 'uuid' }) taskId: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ type: 'text' }) status: ClaimStatus;
  @Column({ type: 'text', default: '' }) motivation: string;
  @Column({ type: 'text', default: '' }) message: string;
  @Column({ name: 'actual_hours', type: 'numeric', precision: 6, scale: 1, nullable: true }) actualHours:
    string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
