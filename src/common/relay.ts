import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import { badUserInput } from './user-error';

/** Types reachable through `node(id)`; the prefix of their global ids. */
export type NodeTypeName = 'Shop' | 'User' | 'SalesTeam' | 'Customer' | 'ApiToken' | 'FollowUpTask' | 'RegistrationSheet' | 'RegistrationEntry' | 'AuditCheck' | 'AuditFinding' | 'Order' | 'MembershipTier' | 'CouponTemplate' | 'Coupon' | 'BulkImport' | 'Promotion' | 'KpiIncident' | 'Conversation' | 'MessageTemplate' | 'Message' | 'WebhookEndpoint' | 'WebhookEvent' | 'Campaign' | 'CampaignWave' | 'CareRule';
const NODE_TYPES: ReadonlySet<string> = new Set<NodeTypeName>(['Shop', 'User', 'SalesTeam', 'Customer', 'ApiToken', 'FollowUpTask', 'RegistrationSheet', 'RegistrationEntry', 'AuditCheck', 'AuditFinding', 'Order', 'MembershipTier', 'CouponTemplate', 'Coupon', 'BulkImport', 'Promotion', 'KpiIncident', 'Conversation', 'MessageTemplate', 'Message', 'WebhookEndpoint', 'WebhookEvent', 'Campaign', 'CampaignWave', 'CareRule']);

/** Opaque global id: base64url of "Type:databaseId". Clients must not parse it. */
export function toGlobalId(type: NodeTypeName, id: number): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

/** Decodes a global id; `null` when it is malformed (callers answer NOT_FOUND, not a crash). */
export function fromGlobalId(globalId: string): { type: NodeTypeName; id: number } | null {
  if (typeof globalId !== 'string' || globalId.length > 64) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Za-z]+):([1-9]\d{0,9})$/.exec(decoded);
  if (!match || !NODE_TYPES.has(match[1])) return null;
  const id = Number(match[2]);
  if (id > 2_147_483_647) return null;
  return { type: match[1] as NodeTypeName, id };
}

/** The database id of a global id of the expected type, or `null`. */
export function idOf(globalId: string, type: NodeTypeName): number | null {
  const parsed = fromGlobalId(globalId);
  return parsed && parsed.type === type ? parsed.id : null;
}

/** Like `idOf`, for query arguments: a wrong id there is a malformed request. */
export function requireIdOf(globalId: string, type: NodeTypeName, argument: string): number {
  const id = idOf(globalId, type);
  if (id === null) throw badUserInput(`${argument} is not a ${type} id.`, argument);
  return id;
}

@InterfaceType({
  description: 'An object with a global id, fetchable with `node(id)`.',
  resolveType: (value: { constructor: { name: string } }) => value.constructor.name,
})
export abstract class Node {
  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  globalId: string;
}

@ObjectType({ simpleResolvers: true, description: 'Where a page of a connection starts and ends (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'More items follow `endCursor`.' })
  hasNextPage: boolean;

  @Field({ description: 'Items precede `startCursor` (always false when paging forward from the start).' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor: string | null;
}
