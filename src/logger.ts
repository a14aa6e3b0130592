import pino, { Logger } from 'pino';
import type { AppConfig } from './config';

/** Structured JSON logs on stdout; every request's lines carry its requestId. */
export function createLogger(config: Pick<AppConfig, 'logLevel'>, destination?: pino.DestinationStream): Logger {
  const options = {
    level: config.logLevel,
    base: { service: 'retention-loop-api' },
    redact: ['req.headers.authorization', '*.password', '*.passwordHash', '*.token'],
  };
  return destination ? pino(options, destination) : pino(options);
}
