import { LoginDocument, RegistrationEntryAddDocument, RegistrationSheetSubmitDocument, UserCreateDocument } from '../generated/graphql';
import { dataOf, TestApp } from '../support/test-app';

export const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
export const dbId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

/** Wednesday 2026-11-18 10:00 in Shanghai: the week of Monday 16th to Sunday 22nd. */
export const WEDNESDAY = new Date('2026-11-18T02:00:00Z');
export const DAY = 86_400_000;

/** End of the local (Shanghai) day `days` after the local day of `instant`, as ISO. */
export function shanghaiEndOfDay(instant: Date, days: number): string {
  const local = new Date(instant.getTime() + 8 * 3600_000);
  const end = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days + 1) - 8 * 3600_000 - 1;
  return new Date(end).toISOString();
}

/** Customer service registers customers (platform handles) and submits the sheet. */
export async function registerAndSubmit(app: TestApp, csEmail: string, handles: string[]): Promise<{ sheetId: string; entryIds: string[]; customerIds: string[] }> {
  const cs = await app.tokenFor(csEmail);
  const entryIds: string[] = [];
  const customerIds: string[] = [];
  let sheetId = '';
  for (const handle of handles) {
    const added = dataOf(await app.gql(RegistrationEntryAddDocument, { input: { customer: { platform: 'TAOBAO', platformHandle: handle }, kind: 'INQUIRY', productWanted: 'Tea set' } }, cs));
    if (added.registrationEntryAdd.userErrors.length) throw new Error(JSON.stringify(added.registrationEntryAdd.userErrors));
    entryIds.push(added.registrationEntryAdd.entry!.id);
    customerIds.push(added.registrationEntryAdd.entry!.customer!.id);
    sheetId = added.registrationEntryAdd.sheet!.id;
  }
  const submitted = dataOf(await app.gql(RegistrationSheetSubmitDocument, { id: sheetId }, cs));
  if (submitted.registrationSheetSubmit.userErrors.length) throw new Error(JSON.stringify(submitted.registrationSheetSubmit.userErrors));
  return { sheetId, entryIds, customerIds };
}

/** A new staff member made by the demo admin; returns their global id and a session token. */
export async function newStaff(app: TestApp, email: string, role: 'SALES' | 'CUSTOMER_SERVICE' | 'REVIEWER', teamId?: string): Promise<{ id: string; token: string }> {
  const admin = await app.tokenFor('admin@demo.shop');
  const created = dataOf(await app.gql(UserCreateDocument, { input: { email, name: email.split('@')[0], role, password: 'loop-pass-2026', teamId } }, admin));
  if (created.userCreate.userErrors.length) throw new Error(JSON.stringify(created.userCreate.userErrors));
  const login = dataOf(await app.gql(LoginDocument, { input: { email, password: 'loop-pass-2026' } }));
  return { id: created.userCreate.user!.id, token: login.login.token! };
}
