/**
 * Makes the bench build (`tsc -p apps/api/bench`) compile the production worker entrypoint too, so
 * a benchmark can start `dist/src/worker.js` as it runs in production.
 */
import '../src/worker.js';
