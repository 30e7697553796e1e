import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addressLimitReached,
  attackWarningDue,
  judgeLoginAttempt,
  type LoginAttemptState,
  type LoginThrottlePolicy,
  pairDelaySchedule,
  pairDelaySeconds,
  retryAfterSeconds,
} from './login-throttle.js';

const policy: LoginThrottlePolicy = {
  pairFreeFailures: 5,
  pairBaseDelaySeconds: 60,
  pairMaxDelaySeconds: 1800,
  accountMaxFailures: 10,
  newAddressIntervalSeconds: 60,
  addressMaxFailures: 300,
};

const calm: LoginAttemptState = {
  pairWaitMs: 0,
  accountFailures: 0,
  addressFailures: 0,
  addressWindowMs: 0,
  knownAddress: false,
};

describe('pairDelaySeconds', () => {
  it('lets four failures pass, then waits a minute, doubling up to the maximum', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 50].map((n) => pairDelaySeconds(n, policy))).toEqual([
      0, 0, 0, 0, 60, 120, 240, 480, 960, 1800, 1800, 1800,
    ]);
  });

  it('lists every wait up to the maximum for the store', () => {
    expect(pairDelaySchedule(policy)).toEqual([0, 0, 0, 0, 60, 120, 240, 480, 960, 1800]);
    expect(pairDelaySchedule({ ...policy, pairMaxDelaySeconds: 30 })).toEqual([0, 0, 0, 0, 30]);
  });

  it('never shrinks with more failures and never passes the maximum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (n) => {
        const delay = pairDelaySeconds(n, policy);
        expect(delay).toBeLessThanOrEqual(policy.pairMaxDelaySeconds);
        expect(pairDelaySeconds(n + 1, policy)).toBeGreaterThanOrEqual(delay);
      }),
    );
  });
});

describe('judgeLoginAttempt', () => {
  it('allows a calm attempt', () => {
    expect(judgeLoginAttempt(calm, policy)).toEqual({ kind: 'allow' });
  });

  it('refuses a waiting pair, even from a known address', () => {
    expect(judgeLoginAttempt({ ...calm, pairWaitMs: 1500, knownAddress: true }, policy)).toEqual({
      kind: 'refuse',
      reason: 'pair',
      retryAfterMs: 1500,
    });
  });

  it('slows only new addresses of an account under attack', () => {
    const attacked = { ...calm, accountFailures: 10 };
    expect(judgeLoginAttempt(attacked, policy)).toEqual({ kind: 'new-address-slot' });
    expect(judgeLoginAttempt({ ...attacked, knownAddress: true }, policy)).toEqual({ kind: 'allow' });
    expect(judgeLoginAttempt({ ...attacked, accountFailures: 9 }, policy)).toEqual({ kind: 'allow' });
  });

  it('refuses a noisy address for accounts it never signed in to, not for those it did', () => {
    const noisy = { ...calm, addressFailures: 300, addressWindowMs: 120_000 };
    expect(judgeLoginAttempt(noisy, policy)).toEqual({
      kind: 'refuse',
      reason: 'address',
      retryAfterMs: 120_000,
    });
    expect(judgeLoginAttempt({ ...noisy, knownAddress: true }, policy)).toEqual({ kind: 'allow' });
    expect(judgeLoginAttempt({ ...noisy, addressFailures: 299 }, policy)).toEqual({ kind: 'allow' });
  });

  it('never lets a known address wait for anything but its own pair', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), fc.nat(1_000_000), (account, address, windowMs) => {
        const verdict = judgeLoginAttempt(
          {
            pairWaitMs: 0,
            accountFailures: account,
            addressFailures: address,
            addressWindowMs: windowMs,
            knownAddress: true,
          },
          policy,
        );
        expect(verdict).toEqual({ kind: 'allow' });
      }),
    );
  });
});

describe('warnings', () => {
  it('warns exactly at the failure that crosses the account threshold', () => {
    const due = Array.from({ length: 30 }, (_, i) => i + 1).filter((n) => attackWarningDue(n, policy));
    expect(due).toEqual([10]);
  });

  it('notes the address limit once', () => {
    expect([299, 300, 301].map((n) => addressLimitReached(n, policy))).toEqual([false, true, false]);
  });

  it('rounds waits up to whole seconds, at least one', () => {
    expect([0, 1, 999, 1000, 1001].map(retryAfterSeconds)).toEqual([1, 1, 1, 1, 2]);
  });
});
