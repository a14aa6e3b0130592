import { CustomerCommerceDocument, OrderImportDocument, type OrderInput } from '../generated/graphql';
import { dataOf, TestApp } from '../support/test-app';
import { gid } from '../loop/helpers';

export const DAY = 86_400_000;

/** Imports orders as the demo admin and fails the test on any error. */
export async function importOrders(app: TestApp, orders: OrderInput[]): Promise<void> {
  const result = dataOf(await app.gql(OrderImportDocument, { input: { orders, errorPolicy: 'REJECT_EVERYTHING' } }, await app.tokenFor('admin@demo.shop'))).orderImport;
  if (result.userErrors.length || result.rowErrors.length) throw new Error(JSON.stringify(result));
}

export function paidOrder(id: string, handle: string, amount: number, paidAt: Date, extra: Partial<OrderInput> = {}): OrderInput {
  return { platformOrderId: id, customer: { platform: 'TAOBAO', platformHandle: handle }, amount, status: 'PAID', placedAt: paidAt.toISOString(), paidAt: paidAt.toISOString(), ...extra };
}

export async function customerIdByHandle(app: TestApp, handle: string): Promise<string> {
  const [row] = await app.sql<{ id: number }>('select id from customers where platform_handle = ?', [handle]);
  return gid('Customer', row.id);
}

export async function commerceOf(app: TestApp, handle: string, as = 'admin@demo.shop') {
  return dataOf(await app.gql(CustomerCommerceDocument, { id: await customerIdByHandle(app, handle) }, await app.tokenFor(as))).customer!;
}
