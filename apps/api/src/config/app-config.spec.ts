import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './app-config.js';

const valid = { DATABASE_URL: 'postgres://u:p@localhost:5432/kb', REDIS_URL: 'redis://localhost:6379' };

describe(loadConfig.name, () => {
  it('reads a valid environment with sensible defaults', () => {
    const config = loadConfig(valid);
    expect(config.PORT).toBe(3000);
    expect(config.NODE_ENV).toBe('development');
    expect(config.seedDemoData).toBe(true);
  });

  it('names the variable in one line when a URL is nonsense', () => {
    expect(() => loadConfig({ ...valid, DATABASE_URL: 'nonsense' })).toThrow(
      new ConfigError(
        'Invalid configuration: DATABASE_URL must be a postgres:// or postgresql:// URL (got "nonsense")',
      ),
    );
    expect(() => loadConfig({ ...valid, REDIS_URL: 'http://x' })).toThrow(/REDIS_URL must be a redis:\/\//);
  });

  it('names a number that is not a number and a missing service URL', () => {
    expect(() => loadConfig({ ...valid, PORT: 'drieduizend' })).toThrow(/^Invalid configuration: PORT /);
    expect(() => loadConfig({ REDIS_URL: valid.REDIS_URL })).toThrow(/DATABASE_URL is not set/);
    expect(() => loadConfig({}, { requireServices: false })).not.toThrow();
    // The CLI only needs PostgreSQL.
    expect(() => loadConfig({ DATABASE_URL: valid.DATABASE_URL }, { requireRedis: false })).not.toThrow();
    expect(() => loadConfig({}, { requireRedis: false })).toThrow(/DATABASE_URL is not set/);
  });

  it('never seeds demo data in production, whatever the setting', () => {
    expect(loadConfig({ ...valid, NODE_ENV: 'production', SEED_DEMO_DATA: 'true' }).seedDemoData).toBe(false);
    expect(loadConfig({ ...valid, NODE_ENV: 'test' }).seedDemoData).toBe(false);
  });

  it('shows the API docs UI outside production, and in production only when API_DOCS_UI=true', () => {
    expect(loadConfig(valid).apiDocsUi).toBe(true);
    expect(loadConfig({ ...valid, NODE_ENV: 'production' }).apiDocsUi).toBe(false);
    expect(loadConfig({ ...valid, NODE_ENV: 'production', API_DOCS_UI: 'true' }).apiDocsUi).toBe(true);
    expect(loadConfig({ ...valid, API_DOCS_UI: 'false' }).apiDocsUi).toBe(false);
    expect(() => loadConfig({ ...valid, API_DOCS_UI: 'ja' })).toThrow(/API_DOCS_UI/);
  });

  it('reports every problem on one line', () => {
    try {
      loadConfig({ DATABASE_URL: 'x', REDIS_URL: 'y', LOG_LEVEL: 'luid' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message.split('\n')).toHaveLength(1);
      expect((error as Error).message).toMatch(/LOG_LEVEL.*DATABASE_URL.*REDIS_URL/);
    }
  });

  it('takes an smtp:// or smtps:// SMTP_URL, or none, and has a sender by default', () => {
    expect(loadConfig({ ...valid, SMTP_URL: 'smtp://mail:1025' }).SMTP_URL).toBe('smtp://mail:1025');
    expect(loadConfig(valid).SMTP_URL).toBe('');
    expect(loadConfig(valid).MAIL_FROM).toBe('Klussenbank <noreply@klussenbank.test>');
    expect(() => loadConfig({ ...valid, SMTP_URL: 'mail.example:25' })).toThrow(
      /SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/,
    );
  });

  it('takes the queues a worker runs from WORKER_QUEUES, all of them by default, and names an unknown one', () => {
    expect(loadConfig(valid).workerQueues).toEqual([
      'notifications',
      'events',
      'maintenance',
      'matching',
      'digests',
      'privacy',
    ]);
    expect(loadConfig({ ...valid, WORKER_QUEUES: ' notifications ' }).workerQueues).toEqual([
      'notifications',
    ]);
    expect(loadConfig({ ...valid, WORKER_QUEUES: 'matching,events' }).workerQueues).toEqual([
      'matching',
      'events',
    ]);
    expect(() => loadConfig({ ...valid, WORKER_QUEUES: 'notifications,post' })).toThrow(
      /^Invalid configuration: WORKER_QUEUES /,
    );
  });
});
