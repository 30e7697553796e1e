import { Column, CreateDateColumn, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

@Entity({ name: 'partnerships' })
export class PartnershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @ManyToMany(() => OrganisationEntity)
  @JoinTable({
    name: 'partnership_members',
    joinColumn: { name: 'partnership_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'organisation_id', referencedColumnName: 'id' },
  })
  organisations: OrganisationEntity[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
