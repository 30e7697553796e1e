export * from './roles.js';
export * from './organisations.js';
export * from './users.js';
export * from './tasks.js';
export * from './skills.js';
export * from './matching.js';
export * from './profiles.js';
export * from './dossiers.js';
