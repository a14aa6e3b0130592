import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { AdminCustomerActions } from './AdminCustomerActions';
import { EditCustomer, type EditableCustomer } from './EditCustomer';
import { IssueCoupon, SendMessage } from './OutreachActions';
import { TransferCustomer } from './TransferCustomer';

export interface ActionCustomer extends EditableCustomer {
  platformHandle: string;
  owner?: { id: string; team?: { id: string } | null } | null;
}

/** What the caller's role lets them do with the customer: transfer, coupon, message, erase, export. */
export function CustomerActions({ customer, onChanged, onReload }: { customer: ActionCustomer; onChanged(): void; onReload(): void }) {
  const { t } = useI18n();
  const { viewer } = useSession();
  const admin = viewer.role === 'ADMIN';
  const leadOfTeam = viewer.isTeamLead && viewer.team && customer.owner?.team?.id === viewer.team.id;
  const serves = admin || (viewer.role === 'SALES' && (customer.owner?.id === viewer.id || leadOfTeam));
  if (!serves && viewer.role !== 'CUSTOMER_SERVICE') return null;
  return (
    <section aria-labelledby="actions-title" className="customer-actions">
      <h2 id="actions-title">{t('customer.actions')}</h2>
      <div className="action-grid">
        <EditCustomer customer={customer} onReload={onReload} />
        {(admin || leadOfTeam) && <TransferCustomer customer={customer} onDone={onChanged} />}
        {serves && <IssueCoupon customerId={customer.id} onDone={onChanged} />}
        <SendMessage customerId={customer.id} />
        {admin && <AdminCustomerActions customer={customer} onDone={onChanged} />}
      </div>
    </section>
  );
}
