import type { ClaimMode, LocationType, TaskStatus, TaskVisibility } from '@klussenbank/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A klus. Reads and writes go through SQL in TasksService; the entity describes the table for the
 * schema check.
 * search_vector is maintained by a trigger (see the tasks migration). The indexes (partial, covering
 * and GIN ones, see the tasks and search-indexes migrations) are not declared here: decorators cannot
 * describe them, and the schema check compares tables and columns.
 */
@Entity({ name: 'tasks' })
export class TaskEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'poster_id', type: 'uuid' }) posterId: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) description: string;
  @Column({ name: 'contact_name', type: 'text', default: '' }) contactName: string;
  @Column({ name: 'contact_email', type: 'text', default: '' }) contactEmail: string;
  @Column({ name: 'estimated_hours', type: 'numeric', precision: 5, scale: 1 }) estimatedHours: string;
  @Column({ name: 'start_date', type: 'date' }) startDate: string;
  @Column({ name: 'end_date', type: 'date' }) endDate: string;
  @Column({ name: 'location_type', type: 'text' }) locationType: LocationType;
  @Column({ name: 'location_municipality', type: 'text', nullable: true }) locationMunicipality:
    string | null;
  @Column({ name: 'location_address', type: 'text', nullable: true }) locationAddress: string | null;
  @Column({ type: 'integer', default: 1 }) capacity: number;
  @Column({ type: 'integer', default: 0 }) taken: number;
  @Column({ name: 'claim_mode', type: 'text', default: 'instant' }) claimMode: ClaimMode;
  @Column({ type: 'text', default: 'all-partnerships' }) visibility: TaskVisibility;
  @Column({ name: 'partnership_id', type: 'uuid', nullable: true }) partnershipId: string | null;
  @Column({ name: 'learning_suitable', type: 'boolean', default: false }) learningSuitable: boolean;
  @Column({ name: 'dossier_id', type: 'uuid', nullable: true }) dossierId: string | null;
  @Column({ type: 'text', default: 'draft' }) status: TaskStatus;
  @Column({ name: 'cancel_reason', type: 'text', nullable: true }) cancelReason: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  @Column({
    name: 'search_vector',
    type: 'tsvector',
    nullable: true,
    select: false,
    insert: false,
    update: false,
  })
  searchVector: string | null;
}
