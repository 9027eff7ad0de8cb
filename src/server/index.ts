export { createApp, DEFAULT_MAX_BODY, type AppOptions } from './app.js';
export { startServer, type RunningServer } from './start.js';
