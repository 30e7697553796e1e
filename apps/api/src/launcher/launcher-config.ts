import { plainToInstance, Transform } from 'class-transformer';
import { IsInt, IsString, Max, Min, validateSync } from 'class-validator';
import { ConfigError } from '../config/app-config.js';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value !== '' ? Number(value) : value;

/**
 * The settings only `npm start` (the launcher) reads, on top of AppConfig: where it keeps the data of
 * the services it starts, and their ports. Validated like AppConfig: a bad value stops with one line.
 */
export class LauncherConfig {
  /** Where embedded PostgreSQL and Redis keep their data; empty: `.data` in the repository. */
  @IsString()
  KLUSSENBANK_DATA_DIR = '';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  EMBEDDED_POSTGRES_PORT = 54329;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  MAIL_CATCHER_SMTP_PORT = 1025;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  MAIL_CATCHER_WEB_PORT = 1080;

  /**
   * The first port of the development identity providers (one per demo SSO organisation, on this
   * port and the next); a taken port gives way to a free one. 0 switches them off.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65534)
  DEV_IDENTITY_PROVIDER_PORT = 3101;
}

/** Reads the launcher's settings; throws a ConfigError naming every bad variable on one line. */
export function loadLauncherConfig(env: NodeJS.ProcessEnv = process.env): LauncherConfig {
  const known = Object.keys(new LauncherConfig());
  const relevant = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => known.includes(key) && value !== undefined && value !== ''),
  );
  const config = plainToInstance(LauncherConfig, relevant);
  const problems = validateSync(config).map(
    (error) =>
      // The raw text, not the number it became ("vijf" becomes NaN).
      `${error.property} ${Object.values(error.constraints ?? {})[0] ?? 'is invalid'} (got ${JSON.stringify(env[error.property])})`,
  );
  if (problems.length > 0) throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  return config;
}
