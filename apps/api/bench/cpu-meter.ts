import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time spent by PostgreSQL, the API and this benchmark process while a timed window ran, read
 * from /proc (Linux): what one request costs each of them, and so how many requests per second the
 * machine's cores can serve at most. That bound, with Little's law (a closed loop of N clients waits
 * N / throughput per request on average), says which latency a concurrency can reach on this machine.
 *
 * PostgreSQL is every process named `postgres` (its backends and background processes) and counts
 * only when the server runs on this machine; otherwise its share reads as unknown.
 */
export interface CpuShares {
  /** Milliseconds of CPU, by process; undefined where it could not be read (no server on this machine). */
  postgres: number | undefined;
  api: number | undefined;
  client: number;
}

/** Linux reports utime and stime in clock ticks of 1/100 s (USER_HZ is 100 on every Linux ABI). */
const TICK_MS = 10;

function ticksOf(pid: number | string): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command may hold spaces and parentheses: the fields start after its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of the whole line (utime, stime) are 12 and 13 after the command.
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined; // gone (a backend that ended), or not Linux
  }
}

function postgresTicks(): Map<string, number> {
  const ticks = new Map<string, number>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return ticks;
  }
  for (const pid of pids) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') continue;
    } catch {
      continue;
    }
    const t = ticksOf(pid);
    if (t !== undefined) ticks.set(pid, t);
  }
  return ticks;
}

interface Snapshot {
  postgres: Map<string, number>;
  api: number | undefined;
  clientMicros: number;
}

export class CpuMeter {
  private started: Snapshot | undefined;

  constructor(private readonly apiPid: number | undefined) {}

  private snapshot(): Snapshot {
    const own = process.cpuUsage();
    return {
      postgres: postgresTicks(),
      api: this.apiPid ? ticksOf(this.apiPid) : undefined,
      clientMicros: own.user + own.system,
    };
  }

  start(): void {
    this.started = this.snapshot();
  }

  /** CPU spent since start(); backends that ended meanwhile are not counted. */
  stop(): CpuShares {
    const before = this.started;
    if (!before) throw new Error('CpuMeter.stop() without start()');
    const after = this.snapshot();
    let postgres = 0;
    for (const [pid, ticks] of after.postgres) postgres += ticks - (before.postgres.get(pid) ?? 0);
    return {
      postgres: after.postgres.size > 0 ? postgres * TICK_MS : undefined,
      api:
        after.api !== undefined && before.api !== undefined ? (after.api - before.api) * TICK_MS : undefined,
      client: (after.clientMicros - before.clientMicros) / 1000,
    };
  }
}

/** The shares divided by a number of requests. */
export function perRequest(shares: CpuShares, requests: number): CpuShares {
  const per = (ms: number | undefined) => (ms === undefined ? undefined : ms / Math.max(1, requests));
  return {
    postgres: per(shares.postgres),
    api: per(shares.api),
    client: shares.client / Math.max(1, requests),
  };
}
