import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  addressLimitReached,
  attackWarningDue,
  judgeLoginAttempt,
  type LoginThrottlePolicy,
  pairDelaySchedule,
  pairDelaySeconds,
  retryAfterSeconds,
} from '@klussenbank/domain';
import { AppConfig } from '../config/app-config.js';
import { RedisClient } from '../common/redis/redis.module.js';
import { ProblemException } from '../common/problem/problem.js';
import { FallbackThrottleStore, RedisThrottleStore, type ThrottleStore } from './login-throttle.store.js';

/** A pair's failures are forgotten a day after its last one (or a success). */
const PAIR_MEMORY_MS = 24 * 3_600_000;

/** The account in Redis keys and logs: a hash of the normalised e-mail, known or not. */
export function accountKey(email: string): string {
  return createHash('sha256').update(email).digest('hex').slice(0, 32);
}

/** The Redis keys of one attempt (exported for the tests, which move time by removing keys). */
export function loginThrottleKeys(prefix: string, email: string, ip: string) {
  const account = accountKey(email);
  return {
    pairFailures: `${prefix}:login:pair:${account}:${ip}`,
    pairWait: `${prefix}:login:pair-wait:${account}:${ip}`,
    accountFailures: `${prefix}:login:account:${account}`,
    newAddressSlot: `${prefix}:login:new-address-slot:${account}`,
    addressFailures: `${prefix}:login:address:${ip}`,
    known: `${prefix}:login:known:${account}:${ip}`,
  };
}

/** An allowed attempt: its number in its pair's row of failures (it counts as one until it succeeds). */
export interface LoginAttempt {
  pairAttempt: number;
}

export interface LoginFailureOutcome {
  /** The account just crossed its threshold: its holder should be warned (once per window). */
  attackWarningDue: boolean;
}

/**
 * Counts failed logins in Redis (shared by API instances; in this process while Redis is away) and
 * applies the policy of `libs/domain/src/login-throttle.ts`: growing waits per account-and-address
 * pair, a slowdown for new addresses of an account under attack, a high limit per address.
 */
@Injectable()
export class LoginThrottleService {
  private readonly logger = new Logger(LoginThrottleService.name);
  private readonly store: ThrottleStore;
  readonly policy: LoginThrottlePolicy;
  private readonly delaysMs: number[];

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(RedisClient) client: RedisClient,
  ) {
    this.store = new FallbackThrottleStore(new RedisThrottleStore(client.redis), this.logger);
    this.policy = {
      pairFreeFailures: config.LOGIN_PAIR_FREE_FAILURES,
      pairBaseDelaySeconds: config.LOGIN_PAIR_BASE_DELAY_SECONDS,
      pairMaxDelaySeconds: config.LOGIN_PAIR_MAX_DELAY_MINUTES * 60,
      accountMaxFailures: config.LOGIN_ACCOUNT_MAX_FAILURES,
      newAddressIntervalSeconds: config.LOGIN_NEW_ADDRESS_INTERVAL_SECONDS,
      addressMaxFailures: config.LOGIN_ADDRESS_MAX_FAILURES,
    };
    this.delaysMs = pairDelaySchedule(this.policy).map((seconds) => seconds * 1000);
  }

  private keys(email: string, ip: string) {
    return loginThrottleKeys(this.config.REDIS_PREFIX, email, ip);
  }

  /**
   * Refuses (429) an attempt the counters do not allow, before the password is looked at; an allowed
   * attempt is counted for its pair at once (a success clears it), so parallel requests of one pair
   * get no more attempts than sequential ones.
   */
  async assertAllowed(email: string, ip: string): Promise<LoginAttempt> {
    const keys = this.keys(email, ip);
    const [[pairWaitMs, addressWindowMs, knownMs], [accountFailures, addressFailures]] = await Promise.all([
      this.store.ttlMs([keys.pairWait, keys.addressFailures, keys.known]),
      this.store.counts([keys.accountFailures, keys.addressFailures]),
    ]);
    const verdict = judgeLoginAttempt(
      {
        pairWaitMs: pairWaitMs ?? 0,
        accountFailures: accountFailures ?? 0,
        addressFailures: addressFailures ?? 0,
        addressWindowMs: addressWindowMs ?? 0,
        knownAddress: (knownMs ?? 0) > 0,
      },
      this.policy,
    );
    switch (verdict.kind) {
      case 'allow':
        break;
      case 'refuse':
        throw tooManyAttempts(
          verdict.reason === 'pair' ? 'too-many-login-attempts' : 'too-many-login-attempts.address',
          verdict.retryAfterMs,
        );
      case 'new-address-slot': {
        const interval = this.policy.newAddressIntervalSeconds * 1000;
        if (await this.store.setIfAbsent(keys.newAddressSlot, interval)) break;
        const [waitMs] = await this.store.ttlMs([keys.newAddressSlot]);
        throw tooManyAttempts('too-many-login-attempts.new-address', waitMs || interval);
      }
    }
    const reservation = await this.store.reserve(
      keys.pairFailures,
      keys.pairWait,
      PAIR_MEMORY_MS,
      this.delaysMs,
    );
    if (!reservation.allowed) throw tooManyAttempts('too-many-login-attempts', reservation.waitMs);
    return { pairAttempt: reservation.attempt };
  }

  async recordFailure(
    email: string,
    ip: string,
    userId: string | null,
    { pairAttempt }: LoginAttempt,
  ): Promise<LoginFailureOutcome> {
    const keys = this.keys(email, ip);
    const [accountFailures, addressFailures] = await Promise.all([
      this.store.increment(keys.accountFailures, this.config.LOGIN_ACCOUNT_WINDOW_MINUTES * 60_000, true),
      this.store.increment(keys.addressFailures, this.config.LOGIN_ADDRESS_WINDOW_MINUTES * 60_000, false),
    ]);
    const account = accountKey(email);
    const counters = { pairFailures: pairAttempt, accountFailures, addressFailures };
    const delaySeconds = pairDelaySeconds(pairAttempt, this.policy);
    if (delaySeconds > 0) {
      this.logger.warn(
        { event: 'login.pair-throttled', userId, account, ip, delaySeconds, ...counters },
        'Login throttle: this account and address wait before the next attempt',
      );
    }
    const warn = attackWarningDue(accountFailures, this.policy);
    if (warn) {
      this.logger.warn(
        { event: 'login.account-under-attack', userId, account, ip, ...counters },
        'Login throttle: account under attack; new addresses are slowed',
      );
    }
    if (addressLimitReached(addressFailures, this.policy)) {
      this.logger.warn(
        { event: 'login.address-throttled', userId, account, ip, ...counters },
        'Login throttle: address over its limit; refused for accounts it never signed in to',
      );
    }
    return { attackWarningDue: warn };
  }

  /** A success clears the pair and makes the address known to the account. */
  async recordSuccess(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    await Promise.all([
      this.store.delete([keys.pairFailures, keys.pairWait]),
      this.store.set(keys.known, this.config.LOGIN_KNOWN_ADDRESS_DAYS * 86_400_000),
    ]);
  }
}

function tooManyAttempts(
  key: 'too-many-login-attempts' | 'too-many-login-attempts.address' | 'too-many-login-attempts.new-address',
  retryAfterMs: number,
): ProblemException {
  const seconds = retryAfterSeconds(retryAfterMs);
  return new ProblemException(429, key, {
    params: { minutes: Math.ceil(seconds / 60) },
    extensions: { retryAfterSeconds: seconds },
  });
}
