import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const apiRoot = join(import.meta.dirname, '../..');

/**
 * One of the real entrypoints (`src/main.ts`, `src/worker.ts`, `src/cli.ts`) as a process of its own,
 * run from the sources (swc hooks, see ts-hooks.mjs) and configured through the environment only, as
 * in production. Collects what it prints; warnings and errors are passed on to the test's stderr.
 */
export class EntrypointProcess {
  readonly child: ChildProcess;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private log = '';

  constructor(
    readonly name: string,
    entrypoint: 'main.ts' | 'worker.ts' | 'cli.ts',
    args: string[],
    env: Record<string, string>,
  ) {
    this.child = spawn(
      process.execPath,
      [
        '--conditions=source',
        '--import',
        join(apiRoot, 'test/support/ts-register.mjs'),
        join(apiRoot, 'src', entrypoint),
        ...args,
      ],
      { cwd: apiRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const collect = (chunk: Buffer) => {
      const text = chunk.toString();
      // Enough to explain a failure, never the whole of a long run.
      this.log = (this.log + text).slice(-50_000);
      if (/"level":(40|50|60)|WARN|ERROR/.test(text)) process.stderr.write(`[${this.name}] ${text}`);
    };
    this.child.stdout?.on('data', collect);
    this.child.stderr?.on('data', collect);
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code, signal) => resolve({ code, signal })),
    );
  }

  get output(): string {
    return this.log;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Sends the signal and waits for the process to end. */
  async stop(
    signal: NodeJS.Signals = 'SIGTERM',
  ): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.running) this.child.kill(signal);
    return this.exited;
  }
}

/** Polls a readiness URL until it answers 200; fails early when the process ends first. */
export async function waitUntilReady(
  url: string,
  process: EntrypointProcess,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!process.running) throw new Error(`${process.name} ended before it was ready:\n${process.output}`);
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    if (Date.now() > deadline)
      throw new Error(`${process.name} not ready within ${timeoutMs} ms:\n${process.output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
