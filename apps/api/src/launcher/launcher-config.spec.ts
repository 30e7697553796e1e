import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config/app-config.js';
import { loadLauncherConfig } from './launcher-config.js';

describe(loadLauncherConfig.name, () => {
  it('has the defaults the README names', () => {
    expect({ ...loadLauncherConfig({}) }).toEqual({
      KLUSSENBANK_DATA_DIR: '',
      EMBEDDED_POSTGRES_PORT: 54329,
      MAIL_CATCHER_SMTP_PORT: 1025,
      MAIL_CATCHER_WEB_PORT: 1080,
      DEV_IDENTITY_PROVIDER_PORT: 3101,
    });
  });

  it('reads the given values', () => {
    const config = loadLauncherConfig({
      KLUSSENBANK_DATA_DIR: '/tmp/kb',
      EMBEDDED_POSTGRES_PORT: '55432',
      MAIL_CATCHER_SMTP_PORT: '2525',
      MAIL_CATCHER_WEB_PORT: '8025',
    });
    expect(config).toMatchObject({
      KLUSSENBANK_DATA_DIR: '/tmp/kb',
      EMBEDDED_POSTGRES_PORT: 55432,
      MAIL_CATCHER_SMTP_PORT: 2525,
      MAIL_CATCHER_WEB_PORT: 8025,
    });
  });

  it('names every bad variable on one line', () => {
    try {
      loadLauncherConfig({ EMBEDDED_POSTGRES_PORT: 'vijf', MAIL_CATCHER_WEB_PORT: '70000' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).not.toContain('\n');
      expect(message).toMatch(/^Invalid configuration: EMBEDDED_POSTGRES_PORT .*\(got "vijf"\)/);
      expect(message).toContain('MAIL_CATCHER_WEB_PORT must not be greater than 65535 (got "70000")');
      expect(message).not.toContain('MAIL_CATCHER_SMTP_PORT');
    }
  });
});
