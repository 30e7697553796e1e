import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** How a session was started. Single sign-on (OIDC) adds 'oidc' and issues the same sessions. */
export type AuthMethod = 'password' | 'oidc';

@Entity({ name: 'sessions' })
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** SHA-256 of the bearer token; the token itself is never stored. */
  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash: Buffer;

  @Column({ name: 'csrf_token', type: 'text' })
  csrfToken: string;

  @Column({ name: 'auth_method', type: 'text' })
  authMethod: AuthMethod;

  /** Set for a session started through single sign-on: whose identity, for logout at the provider. */
  @Column({ name: 'external_identity_id', type: 'uuid', nullable: true })
  externalIdentityId?: string | null;

  /** The provider's session id (`sid`), which a back-channel logout token may name. */
  @Column({ name: 'oidc_sid', type: 'text', nullable: true })
  oidcSid?: string | null;

  /** The browser's user agent when the session began, cut to 512 characters. */
  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent?: string | null;

  /** The address the session began from. */
  @Column({ name: 'ip_address', type: 'inet', nullable: true })
  ipAddress?: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz', default: () => 'now()' })
  lastSeenAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
