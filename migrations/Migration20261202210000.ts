import { Migration } from '@mikro-orm/migrations';

/** The access log's purpose of a customer's data export (issue #19, part 4). */
export class Migration20261202210000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "unmask_purpose" add value if not exists 'DATA_EXPORT';`);
  }

  override async down(): Promise<void> {
    // PostgreSQL cannot drop an enum value; the value stays unused.
  }

}
