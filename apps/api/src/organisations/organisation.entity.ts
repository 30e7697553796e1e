import type { HourCapMode, OrganisationKind } from '@klussenbank/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'organisations' })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  kind: OrganisationKind;

  /** Claims wait for the line manager's consent (the klussen issue); off by default: light structure. */
  @Column({ name: 'consent_required', type: 'boolean', default: false })
  consentRequired: boolean;

  /** Trekkers may see colleagues of the same organisation by name in a skill gap; on by default. */
  @Column({ name: 'findable_within_organisation', type: 'boolean', default: true })
  findableWithinOrganisation: boolean;

  /** Where it sits (a row of `municipalities`), so "on site within N km" can be decided. */
  @Column({ type: 'text', nullable: true })
  municipality: string | null;

  /** Domains its users' e-mail addresses must be on (`oss.nl`); empty: any address. */
  @Column({ name: 'email_domains', type: 'text', array: true, default: () => "'{}'" })
  emailDomains: string[];

  /** Monthly cap of klus hours per employee; null: none (the default). */
  @Column({ name: 'hour_cap_per_month', type: 'integer', nullable: true })
  hourCapPerMonth: number | null;

  /** Whether a claim over the cap is refused or goes through with word to the line manager. */
  @Column({ name: 'hour_cap_mode', type: 'text', default: 'refuse' })
  hourCapMode: HourCapMode;

  /** Whether its people may sign in with a password; off once single sign-on works (platform admins always may). */
  @Column({ name: 'password_login', type: 'boolean', default: true })
  passwordLogin: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
