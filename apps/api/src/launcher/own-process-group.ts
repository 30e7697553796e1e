import { spawn } from 'node:child_process';

const MARK = 'KLUSSENBANK_LAUNCHER_GROUP';

/**
 * A terminal's Ctrl-C signals its whole foreground process group. Were the launcher in it, PostgreSQL,
 * Redis, the API and the workers would all get SIGINT at the same moment, and PostgreSQL's fast
 * shutdown would cut the workers' connections in the middle of their jobs ("terminating connection due
 * to administrator command"). So the launcher runs as a child in a process group of its own, with
 * everything it starts; this thin parent stays in the terminal's group and only passes signals on, and
 * the launcher stops things in order: the API and the workers first, then PostgreSQL and Redis.
 *
 * Returns true in the launcher itself (go on starting), false in the parent (which exits with the
 * launcher's exit code).
 */
export function inOwnProcessGroup(): boolean {
  if (process.env[MARK] === '1' || process.platform === 'win32') return true;
  const launcher = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    detached: true,
    stdio: 'inherit',
    env: { ...process.env, [MARK]: '1' },
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => launcher.kill(signal));
  }
  launcher.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return false;
}
