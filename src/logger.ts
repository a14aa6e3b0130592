import pino, { Logger } from 'pino';
import type { AppConfig } from './config';

/** Structured JSON logs on stdout; every request's lines carry its requestId. */
export function createLogger(config: Pick<AppConfig, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'retention-loop-api' },
    redact: ['req.headers.authorization', '*.password', '*.passwordHash', '*.token'],
  });
}
