import type { ComponentType, ReactElement } from 'react';
import type { ConsoleViewer } from '../app/session';
import type { MessageKey } from '../app/messages.zh';
import { AccessLogScreen } from './audit/AccessLogScreen';
import { AuditChecksScreen } from './audit/AuditChecksScreen';
import { AuditTrailScreen } from './audit/AuditTrailScreen';
import { ComplianceScreen } from './audit/ComplianceScreen';
import { CustomerScreen } from './customers/CustomerScreen';
import { CustomerSearchScreen } from './customers/CustomerSearchScreen';
import { CampaignsScreen } from './admin/CampaignsScreen';
import { ImportsScreen } from './admin/ImportsScreen';
import { KpisScreen } from './kpis/KpisScreen';
import { QueueScreen } from './queue/QueueScreen';
import { RegistrationScreen } from './registration/RegistrationScreen';
import { LoyaltyScreen } from './settings/LoyaltyScreen';
import { MessagingScreen } from './settings/MessagingScreen';
import { PoliciesScreen } from './settings/PoliciesScreen';
import { StaffScreen } from './settings/StaffScreen';
import { ScreeningScreen } from './screening/ScreeningScreen';
import { WebhooksScreen } from './webhooks/WebhooksScreen';

interface ConsoleRoute {
  path: string;
  label: MessageKey;
  screen: ComponentType;
  /** Who sees it in the menu (the API refuses the rest anyway). */
  for(viewer: ConsoleViewer): boolean;
}

function TeamQueueScreen() {
  return <QueueScreen team />;
}

const is = (...roles: string[]) => (viewer: ConsoleViewer) => roles.includes(viewer.role);

const ROUTES: ConsoleRoute[] = [
  { path: '/registration', label: 'nav.registration', screen: RegistrationScreen, for: is('CUSTOMER_SERVICE') },
  { path: '/queue', label: 'nav.queue', screen: QueueScreen, for: is('SALES') },
  { path: '/team-queue', label: 'nav.teamQueue', screen: TeamQueueScreen, for: (v) => v.isTeamLead },
  { path: '/screening', label: 'nav.screening', screen: ScreeningScreen, for: is('REVIEWER', 'ADMIN') },
  { path: '/customers', label: 'nav.customers', screen: CustomerSearchScreen, for: () => true },
  { path: '/compliance', label: 'nav.compliance', screen: ComplianceScreen, for: is('REVIEWER', 'ADMIN') },
  { path: '/audits', label: 'nav.audits', screen: AuditChecksScreen, for: is('REVIEWER', 'ADMIN') },
  { path: '/trail', label: 'nav.trail', screen: AuditTrailScreen, for: is('REVIEWER', 'ADMIN') },
  { path: '/access-log', label: 'nav.accessLog', screen: AccessLogScreen, for: is('REVIEWER', 'ADMIN') },
  { path: '/kpis', label: 'nav.kpis', screen: KpisScreen, for: () => true },
  { path: '/imports', label: 'nav.imports', screen: ImportsScreen, for: is('ADMIN') },
  { path: '/staff', label: 'nav.staff', screen: StaffScreen, for: is('ADMIN') },
  { path: '/policies', label: 'nav.policies', screen: PoliciesScreen, for: is('ADMIN') },
  { path: '/loyalty', label: 'nav.loyalty', screen: LoyaltyScreen, for: is('ADMIN') },
  { path: '/messaging', label: 'nav.messaging', screen: MessagingScreen, for: is('ADMIN') },
  { path: '/campaigns', label: 'nav.campaigns', screen: CampaignsScreen, for: is('ADMIN') },
  { path: '/webhooks', label: 'nav.webhooks', screen: WebhooksScreen, for: is('ADMIN') },
];

export function routesFor(viewer: ConsoleViewer): ConsoleRoute[] {
  return ROUTES.filter((route) => route.for(viewer));
}

/** The screen for a path: a customer page, one of the menu's, or the caller's first. */
export function screenOf(path: string, viewer: ConsoleViewer): ReactElement {
  const customer = /^\/customers\/([^/]+)$/.exec(path);
  if (customer) return <CustomerScreen key={customer[1]} id={customer[1]} />;
  const routes = routesFor(viewer);
  const Screen = (routes.find((route) => route.path === path) ?? routes[0]).screen;
  return <Screen key={path} />;
}
