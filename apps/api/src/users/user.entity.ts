import type { Role } from '@klussenbank/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  /** Stored lower-case (see normaliseEmail); unique. */
  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ name: 'job_title', type: 'text', default: '' })
  jobTitle: string;

  /** Null for people who only sign in through single sign-on (later). Never leaves the server. */
  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  @Column({ type: 'text', array: true })
  roles: Role[];

  @Column({ name: 'line_manager_id', type: 'uuid', nullable: true })
  lineManagerId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'line_manager_id' })
  lineManager?: UserEntity | null;

  @Column({ type: 'text', default: 'nl' })
  locale: 'nl' | 'en';

  /** A personal monthly cap of klus hours, at most the organisation's; null: the organisation's holds. */
  @Column({ name: 'hour_cap_per_month', type: 'integer', nullable: true })
  hourCapPerMonth?: number | null;

  /** Set while the account is switched off by an admin: no sign-in, no session. */
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt?: Date | null;

  /** The identity system's own id for the person (SCIM `externalId`), kept as sent. */
  @Column({ name: 'scim_external_id', type: 'text', nullable: true })
  scimExternalId?: string | null;

  /** SCIM's userName when it is not the e-mail address (a UPN); unique in the organisation. */
  @Column({ name: 'scim_user_name', type: 'text', nullable: true })
  scimUserName?: string | null;

  /** Set when a SCIM client deleted the person: deactivated, and SCIM finds them no more. */
  @Column({ name: 'scim_deleted_at', type: 'timestamptz', nullable: true })
  scimDeletedAt?: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
