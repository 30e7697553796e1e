import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  type Actor,
  canAdministerOrganisation,
  passwordLinkExpiresAt,
  type PasswordLinkPurpose,
  passwordLinkState,
} from '@klussenbank/domain';
import type { AuthUser } from '../auth/auth-user.js';
import { AuthService } from '../auth/auth.service.js';
import { PasswordService } from '../auth/password.service.js';
import { SessionService } from '../auth/session.service.js';
import { type FieldError, ProblemException } from '../common/problem/problem.js';
import { AppConfig } from '../config/app-config.js';
import { Mailer } from '../notifications/mailer.service.js';
import type { ChangePasswordDto, PasswordLinkDto } from './dto/password.dto.js';
import { renderPasswordLinkMail } from './password-link-mail.js';
import { PasswordLinksRepository, type PasswordLinkRow } from './password-links.repository.js';
import { PasswordPolicy } from './password-policy.js';

/** 32 random bytes, base64url: what the mail's link carries. */
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;
const hashToken = (token: string): Buffer => createHash('sha256').update(token).digest();

/**
 * A person's own password: changing it, and the one-time links by e-mail with which a newcomer sets
 * the first one and an org-admin has someone set a new one (so no admin ever knows a password).
 */
@Injectable()
export class PasswordsService {
  private readonly logger = new Logger(PasswordsService.name);

  constructor(
    @Inject(PasswordLinksRepository) private readonly links: PasswordLinksRepository,
    @Inject(PasswordService) private readonly passwords: PasswordService,
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(PasswordPolicy) private readonly policy: PasswordPolicy,
    @Inject(Mailer) private readonly mailer: Mailer,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /**
   * The person's other sessions end; the one that changed it goes on. The current password is checked
   * under the login throttle (`ip`: the request's address), so wrong guesses earn the same waits.
   */
  async change(user: AuthUser, dto: ChangePasswordDto, ip: string): Promise<void> {
    const person = await this.links.person(user.id);
    if (!person) throw ProblemException.notFound();
    const errors: FieldError[] = [];
    if (!(await this.auth.verifyCurrentPassword(person, dto.currentPassword, ip))) {
      errors.push({ name: 'currentPassword', key: 'wrong-password' });
    }
    const weak = this.policy.problem('newPassword', dto.newPassword, person);
    if (weak) errors.push(weak);
    if (errors.length > 0) throw ProblemException.badRequest(errors);
    const passwordHash = await this.passwords.hash(dto.newPassword);
    await this.links.transaction((tx) => this.links.setPasswordHash(tx, user.id, passwordHash));
    await this.sessions.revokeAllOf(user.id, user.sessionId, {
      by: { id: user.id, ipAddress: ip },
      reason: 'password-changed',
    });
  }

  /** An org-admin's "send a link to set a password": for people of their own organisation. */
  async sendReset(actor: Actor, userId: string): Promise<void> {
    const person = await this.links.person(userId);
    if (!person) throw ProblemException.notFound();
    if (!canAdministerOrganisation(actor, person.organisationId)) {
      throw ProblemException.forbidden('forbidden.own-organisation-users');
    }
    const sent = await this.sendLink(userId, 'reset', actor.id);
    if (!sent) throw new ProblemException(503, 'mail-unavailable');
  }

  /**
   * A new account's first link. The account exists whether or not the mail leaves: should it not,
   * the log says so and an admin sends a link again.
   */
  async sendInvite(userId: string, createdBy: string): Promise<void> {
    await this.sendLink(userId, 'invite', createdBy);
  }

  /** Whether a link still works, before the person types a password; nothing changes. */
  async inspect(token: string): Promise<PasswordLinkDto> {
    const link = await this.validLink(token);
    return { purpose: link.purpose, email: link.email, expiresAt: link.expiresAt.toISOString() };
  }

  /** Sets the password once; every session of the person ends (whoever held one, it was before). */
  async use(token: string, newPassword: string): Promise<void> {
    const link = await this.validLink(token);
    const weak = this.policy.problem('newPassword', newPassword, link);
    if (weak) throw ProblemException.badRequest([weak]);
    const passwordHash = await this.passwords.hash(newPassword);
    const used = await this.links.transaction(async (tx) => {
      if (!(await this.links.use(tx, link.id))) return false;
      await this.links.setPasswordHash(tx, link.userId, passwordHash);
      return true;
    });
    if (!used) throw new ProblemException(410, 'password-link-gone');
    await this.sessions.revokeAllOf(link.userId, undefined, {
      by: { id: null, ipAddress: null },
      reason: 'password-reset',
    });
  }

  private async validLink(token: string): Promise<PasswordLinkRow> {
    // Looked up by the token's hash only; unknown and malformed tokens get the same answer.
    const link = TOKEN_FORMAT.test(token) ? await this.links.findByTokenHash(hashToken(token)) : undefined;
    if (!link) throw ProblemException.notFound('not-found.password-link');
    if (passwordLinkState(link, new Date()) !== 'valid')
      throw new ProblemException(410, 'password-link-gone');
    return link;
  }

  /** Stores a new link (the older ones stop working) and mails it; false when the mail did not leave. */
  private async sendLink(userId: string, purpose: PasswordLinkPurpose, createdBy: string): Promise<boolean> {
    const person = await this.links.person(userId);
    if (!person) return false;
    const token = randomBytes(32).toString('base64url');
    const expiresAt = passwordLinkExpiresAt(purpose, new Date());
    const linkId = await this.links.transaction((tx) =>
      this.links.issue(tx, { userId, purpose, tokenHash: hashToken(token), createdBy, expiresAt }),
    );
    if (!this.mailer.enabled) {
      this.logger.warn(`Password link ${linkId} not mailed: SMTP_URL is not set`);
      return false;
    }
    const invite = purpose === 'invite' ? await this.links.inviteContext(userId, createdBy) : undefined;
    const mail = renderPasswordLinkMail(this.config.PUBLIC_URL, {
      purpose,
      locale: person.locale,
      name: person.displayName,
      organisationName: invite?.organisationName ?? null,
      inviterName: invite?.inviterName ?? null,
      token,
      expiresAt,
    });
    try {
      // Sent here, not through the outbox: the token must not rest in a table or a job, and a
      // password link is not a notification (no preferences, no digest, nothing in the app).
      await this.mailer.send(
        { to: person.email, ...mail, messageId: `<password-link-${linkId}@klussenbank>`, headers: {} },
        () => Promise.resolve(),
      );
      return true;
    } catch (error) {
      this.logger.warn(`Password link ${linkId} not mailed: ${(error as Error).message}`);
      return false;
    }
  }
}
