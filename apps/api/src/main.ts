import 'reflect-metadata';
import { exitOnConfigError, loadConfig, type AppConfig } from './config/app-config.js';
import { createApp } from './create-app.js';

let config: AppConfig;
try {
  config = loadConfig();
} catch (error) {
  exitOnConfigError(error);
}
const app = await createApp(config);
await app.listen({ port: config.PORT, host: config.HOST });
app.getHttpAdapter().getInstance().log.info(`Klussenbank API listening on ${config.PUBLIC_URL}`);
