import type { AuthedContext } from '../context';
import { DomainError, forbidden, UserError, UserErrorCode } from '../common/user-error';
import { queryRows, sql } from '../db/sql';
import { visibleImports } from './bulk-import.access';
import { BulkImportFormat } from './bulk-import.enums';
import { CHAT_RECORD_COLUMNS } from './chat-rows';
import { ImportMapping } from './import-mapping.entity';
import { OPTIONAL_ORDER_FIELDS, OrderField, TAOBAO_ORDER_COLUMNS } from './order-rows';

/** The built-in header names of each file format with columns (JSON Lines has none). */
const BUILT_IN: Partial<Record<BulkImportFormat, Record<string, string>>> = {
  [BulkImportFormat.TAOBAO_ORDER_CSV]: TAOBAO_ORDER_COLUMNS,
  [BulkImportFormat.CHAT_RECORD_CSV]: CHAT_RECORD_COLUMNS,
};

/** The header names a shop's files of `format` are read with: its own, or the built-in ones. */
export async function columnsFor<F extends string>(ctx: Pick<AuthedContext, 'em'>, shopId: number, format: BulkImportFormat): Promise<{ columns: Record<F, string>; builtIn: boolean }> {
  const builtIn = (BUILT_IN[format] ?? {}) as Record<F, string>;
  const [own] = await queryRows<{ columns: Record<F, string> }>(ctx.em, sql`select columns from import_mappings where shop_id = ${shopId} and format = ${format}`);
  return own ? { columns: { ...builtIn, ...own.columns }, builtIn: false } : { columns: builtIn, builtIn: true };
}

export class ImportMappingService {
  private checkAdmin(ctx: AuthedContext): void {
    if (!visibleImports(ctx.viewer, 'b')) throw forbidden('Only admins change import mappings.');
  }

  async get(ctx: AuthedContext, format: BulkImportFormat) {
    this.checkAdmin(ctx);
    const { columns, builtIn } = await columnsFor(ctx, ctx.viewer.shopId, format);
    return { format, builtIn, ...columns };
  }

  /** Sets the shop's header names for a format with columns; each must be given, and no two alike. */
  async update(ctx: AuthedContext, format: BulkImportFormat, input: Record<string, string | null | undefined>) {
    this.checkAdmin(ctx);
    const fields = Object.keys(BUILT_IN[format] ?? {});
    if (fields.length === 0) throw new DomainError(new UserError(UserErrorCode.INVALID_INPUT, 'Only file formats with columns have columns to map.', ['input', 'format']));
    const columns: Record<string, string> = {};
    const errors: UserError[] = [];
    const seen = new Map<string, string>();
    for (const field of fields) {
      // An optional column left out keeps its built-in header.
      const header = (input[field] ?? (OPTIONAL_ORDER_FIELDS.includes(field as OrderField) ? (BUILT_IN[format]![field] ?? '') : '')).trim();
      columns[field] = header;
      if (!header) errors.push(new UserError(UserErrorCode.INVALID_INPUT, 'Name the header of this column.', ['input', field]));
      else if (seen.has(header)) errors.push(new UserError(UserErrorCode.INVALID_INPUT, `"${header}" is also the header of ${seen.get(header)}.`, ['input', field]));
      else seen.set(header, field);
    }
    if (errors.length > 0) throw new DomainError(errors);
    const existing = await ctx.em.findOne(ImportMapping, { shop: ctx.viewer.shopId, format });
    if (existing) existing.columns = columns;
    else ctx.em.create(ImportMapping, { shop: ctx.viewer.shopId, format, columns });
    await ctx.em.flush();
    return { format, builtIn: false, ...columns };
  }

  /** Goes back to the built-in header names. */
  async reset(ctx: AuthedContext, format: BulkImportFormat) {
    this.checkAdmin(ctx);
    const existing = await ctx.em.findOne(ImportMapping, { shop: ctx.viewer.shopId, format });
    if (existing) ctx.em.remove(existing);
    await ctx.em.flush();
    return { format, builtIn: true, ...(BUILT_IN[format] ?? {}) };
  }
}

export const importMappingService = new ImportMappingService();
