import type { AuthedContext } from '../context';
import { DomainError, forbidden, UserError, UserErrorCode } from '../common/user-error';
import { queryRows, sql } from '../db/sql';
import { visibleImports } from './bulk-import.access';
import { BulkImportFormat } from './bulk-import.enums';
import { ImportMapping } from './import-mapping.entity';
import type { ImportMappingInput } from './import-mapping.types';
import { OrderField, TAOBAO_ORDER_COLUMNS } from './order-rows';

const FIELDS = Object.keys(TAOBAO_ORDER_COLUMNS) as OrderField[];

/** The header names a shop's reports of `format` are read with: its own, or the built-in ones. */
export async function columnsFor(ctx: Pick<AuthedContext, 'em'>, shopId: number, format: BulkImportFormat): Promise<{ columns: Record<OrderField, string>; builtIn: boolean }> {
  const [own] = await queryRows<{ columns: Record<OrderField, string> }>(ctx.em, sql`select columns from import_mappings where shop_id = ${shopId} and format = ${format}`);
  return own ? { columns: { ...TAOBAO_ORDER_COLUMNS, ...own.columns }, builtIn: false } : { columns: TAOBAO_ORDER_COLUMNS, builtIn: true };
}

export class ImportMappingService {
  private checkAdmin(ctx: AuthedContext): void {
    if (!visibleImports(ctx.viewer, 'b')) throw forbidden('Only admins change import mappings.');
  }

  get(ctx: AuthedContext, format: BulkImportFormat) {
    this.checkAdmin(ctx);
    return columnsFor(ctx, ctx.viewer.shopId, format).then(({ columns, builtIn }) => ({ format, builtIn, ...columns }));
  }

  /** Sets the shop's header names for a report format; each must be given, and no two alike. */
  async update(ctx: AuthedContext, input: ImportMappingInput) {
    this.checkAdmin(ctx);
    if (input.format !== BulkImportFormat.TAOBAO_ORDER_CSV) throw new DomainError(new UserError(UserErrorCode.INVALID_INPUT, 'Only report formats have columns to map.', ['input', 'format']));
    const columns = {} as Record<OrderField, string>;
    const errors: UserError[] = [];
    const seen = new Map<string, OrderField>();
    for (const field of FIELDS) {
      const header = (input[field] ?? '').trim();
      columns[field] = header;
      if (!header) errors.push(new UserError(UserErrorCode.INVALID_INPUT, 'Name the header of this column.', ['input', field]));
      else if (seen.has(header)) errors.push(new UserError(UserErrorCode.INVALID_INPUT, `"${header}" is also the header of ${seen.get(header)}.`, ['input', field]));
      else seen.set(header, field);
    }
    if (errors.length > 0) throw new DomainError(errors);
    const existing = await ctx.em.findOne(ImportMapping, { shop: ctx.viewer.shopId, format: input.format });
    if (existing) existing.columns = columns;
    else ctx.em.create(ImportMapping, { shop: ctx.viewer.shopId, format: input.format, columns });
    await ctx.em.flush();
    return { importMapping: { format: input.format, builtIn: false, ...columns } };
  }

  /** Goes back to the built-in header names. */
  async reset(ctx: AuthedContext, format: BulkImportFormat) {
    this.checkAdmin(ctx);
    const existing = await ctx.em.findOne(ImportMapping, { shop: ctx.viewer.shopId, format });
    if (existing) ctx.em.remove(existing);
    await ctx.em.flush();
    return { importMapping: { format, builtIn: true, ...TAOBAO_ORDER_COLUMNS } };
  }
}

export const importMappingService = new ImportMappingService();
