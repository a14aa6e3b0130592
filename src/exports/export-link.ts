import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Viewer } from '../auth/viewer';
import { ExportFormat, ExportKind, ExportLanguage } from './export.enums';

/** What a download link grants: one export, to the caller who asked, until it expires. */
export interface ExportGrant {
  userId: number;
  shopId: number;
  sessionId: string | null;
  apiTokenId: number | null;
  kind: ExportKind;
  format: ExportFormat;
  language: ExportLanguage;
  from: string | null;
  to: string | null;
  /** The audit check's global id (AUDIT_CHECK). */
  checkId: string | null;
  /** Only this team's reps (COMPLIANCE_REPORT), by global id. */
  teamId: string | null;
  /** Unix milliseconds after which the link is refused. */
  expiresAt: number;
}

/** Links are signed with a key of their own derived from the server's secret (never the session key itself). */
const keyOf = (secret: string) => createHmac('sha256', secret).update('export-links/v1').digest();
const mac = (secret: string, body: string) => createHmac('sha256', keyOf(secret)).update(body).digest('base64url');

export function grantFor(viewer: Viewer, export_: Omit<ExportGrant, 'userId' | 'shopId' | 'sessionId' | 'apiTokenId'>): ExportGrant {
  return { userId: viewer.userId, shopId: viewer.shopId, sessionId: viewer.sessionId, apiTokenId: viewer.apiTokenId, ...export_ };
}

/** The link's token: the grant, readable, and its MAC. */
export function signGrant(grant: ExportGrant, secret: string): string {
  const body = Buffer.from(JSON.stringify(grant)).toString('base64url');
  return `${body}.${mac(secret, body)}`;
}

/** The grant of a token, if it is one this server signed and it has not expired; otherwise null. */
export function openGrant(token: string, secret: string, now: Date): ExportGrant | null {
  const match = /^([A-Za-z0-9_-]{1,4000})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const expected = Buffer.from(mac(secret, match[1]));
  const given = Buffer.from(match[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const grant = JSON.parse(Buffer.from(match[1], 'base64url').toString('utf8')) as ExportGrant;
  return grant.expiresAt > now.getTime() ? grant : null;
}
