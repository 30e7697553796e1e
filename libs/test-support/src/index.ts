export { Cleanups } from './cleanups.js';
export { createDatabase, type CreatedDatabase, deleteRedisKeys, withDatabase } from './databases.js';
export { type HeldPort, holdPort, listenOnFreePort, startOnFreePort } from './ports.js';
