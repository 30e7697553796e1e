import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { createLogger, PinoNestLogger } from './common/logging/logger.js';
import { exitOnConfigError, loadConfig, type AppConfig } from './config/app-config.js';
import { WorkerModule } from './worker.module.js';

let config: AppConfig;
try {
  config = loadConfig();
} catch (error) {
  exitOnConfigError(error);
}
const logger = createLogger(config.LOG_LEVEL, 'worker');
const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
  logger: new PinoNestLogger(logger),
});
// SIGINT/SIGTERM close the BullMQ workers (finishing running jobs), then the database pool.
worker.enableShutdownHooks();
await worker.init();
logger.info('Klussenbank worker started');
