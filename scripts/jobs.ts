import 'reflect-metadata';
import { systemClock } from '../src/common/clock';
import { ConfigError, loadConfig } from '../src/config';
import { openDatabase } from '../src/db/database';
import { runJobs } from '../src/jobs/payment-reminders';
import { createLogger } from '../src/logger';
import { installKeyProvider, LocalKeyProvider } from '../src/privacy/key-provider';

/** `npm run jobs`: runs every scheduled job once against the configured database, then exits. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  installKeyProvider(new LocalKeyProvider(config.dataMasterKey));
  const db = await openDatabase(config, logger);
  try {
    const result = await runJobs(db.orm, systemClock, logger);
    process.stdout.write(JSON.stringify(result) + '\n');
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`jobs failed: ${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
