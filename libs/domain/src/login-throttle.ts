/**
 * How failed logins slow down guessing without locking out the person (OWASP ASVS 2.2.1, NIST SP
 * 800-63B 5.2.2). Three counters, each with its own rule:
 *
 * - **Pair** (account, address): the first `pairFreeFailures - 1` failures cost nothing; the
 *   `pairFreeFailures`-th makes the pair wait `pairBaseDelaySeconds`, every next failure doubles
 *   that, up to `pairMaxDelaySeconds`. A success from the pair starts it over. Right or wrong, a
 *   waiting pair is refused until its delay has passed. An attempt counts (and starts its wait) as
 *   it begins, before the password is verified, so parallel requests cannot overshoot the count.
 * - **Account** (all addresses): once `accountMaxFailures` failures are counted in a window, the
 *   account is under attack: an address that never signed in to it successfully (a *new* address)
 *   may try once per `newAddressIntervalSeconds`, shared by all new addresses. Known addresses are
 *   not slowed. Crossing the threshold warns the account holder, at most once per window.
 * - **Address** (all accounts): an address with `addressMaxFailures` failures in a window is refused
 *   for the accounts it never signed in to; high, so a town hall's NAT survives its staff's typos.
 */
export interface LoginThrottlePolicy {
  pairFreeFailures: number;
  pairBaseDelaySeconds: number;
  pairMaxDelaySeconds: number;
  accountMaxFailures: number;
  newAddressIntervalSeconds: number;
  addressMaxFailures: number;
}

/** How long a pair waits after its `failures`-th consecutive failure (0: not at all). */
export function pairDelaySeconds(failures: number, policy: LoginThrottlePolicy): number {
  if (failures < policy.pairFreeFailures) return 0;
  const doublings = failures - policy.pairFreeFailures;
  // 2^31 seconds is far beyond any maximum: stop doubling before the number grows without need.
  if (doublings >= 31) return policy.pairMaxDelaySeconds;
  return Math.min(policy.pairBaseDelaySeconds * 2 ** doublings, policy.pairMaxDelaySeconds);
}

/**
 * The wait after each failure in a row, from the first until the maximum (which then holds), so the
 * store can count and impose the wait in one atomic step.
 */
export function pairDelaySchedule(policy: LoginThrottlePolicy): number[] {
  const schedule: number[] = [];
  for (let n = 1; ; n++) {
    const delay = pairDelaySeconds(n, policy);
    schedule.push(delay);
    if (delay >= policy.pairMaxDelaySeconds) return schedule;
  }
}

/** What the counters say before an attempt is checked. */
export interface LoginAttemptState {
  /** Milliseconds the pair must still wait (0: none). */
  pairWaitMs: number;
  /** Failures counted for the account in its current window. */
  accountFailures: number;
  /** Failures counted for the address in its current window, and how long that window still runs. */
  addressFailures: number;
  addressWindowMs: number;
  /** Whether this address signed in successfully to this account before (within the memory). */
  knownAddress: boolean;
}

export type LoginAttemptVerdict =
  | { kind: 'allow' }
  /** A new address while the account is under attack: allowed only if the shared slot is free. */
  | { kind: 'new-address-slot' }
  | { kind: 'refuse'; reason: 'pair' | 'address'; retryAfterMs: number };

export function judgeLoginAttempt(
  state: LoginAttemptState,
  policy: LoginThrottlePolicy,
): LoginAttemptVerdict {
  if (state.pairWaitMs > 0) return { kind: 'refuse', reason: 'pair', retryAfterMs: state.pairWaitMs };
  if (state.knownAddress) return { kind: 'allow' };
  if (state.addressFailures >= policy.addressMaxFailures) {
    return { kind: 'refuse', reason: 'address', retryAfterMs: Math.max(state.addressWindowMs, 1000) };
  }
  if (isUnderAttack(state.accountFailures, policy)) return { kind: 'new-address-slot' };
  return { kind: 'allow' };
}

export function isUnderAttack(accountFailures: number, policy: LoginThrottlePolicy): boolean {
  return accountFailures >= policy.accountMaxFailures;
}

/** The failure that takes the account over its threshold warns the holder (once per window). */
export function attackWarningDue(accountFailuresAfter: number, policy: LoginThrottlePolicy): boolean {
  return accountFailuresAfter === policy.accountMaxFailures;
}

/** The failure that takes the address over its limit (logged once, not at every refusal). */
export function addressLimitReached(addressFailuresAfter: number, policy: LoginThrottlePolicy): boolean {
  return addressFailuresAfter === policy.addressMaxFailures;
}

/** Whole seconds for Retry-After, never 0 while something is refused. */
export function retryAfterSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
