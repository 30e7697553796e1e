/**
 * The Dutch texts of the login page, the session gate and the shell. The build (and the tests) load
 * this module as only those sections of nl.json: see `klussenbank:core-texts` in vite.config.ts.
 * What is written here is what a bundler without that plugin would use: all Dutch texts.
 */
export { default } from './nl.json';
