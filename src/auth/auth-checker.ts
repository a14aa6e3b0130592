import { AuthCheckerFn } from 'type-graphql';
import type { Context } from '../context';
import { forbidden, unauthenticated } from '../common/user-error';
import { Role } from './role';

/**
 * The one place roles are checked (`@Authorized(Role.X)`); shop and ownership rules live in the
 * services that load records. No viewer: UNAUTHENTICATED; wrong role: FORBIDDEN.
 */
export const authChecker: AuthCheckerFn<Context, Role> = ({ context }, roles) => {
  if (!context.viewer) throw unauthenticated();
  if (roles.length > 0 && !roles.includes(context.viewer.role)) {
    throw forbidden(`This needs the role ${roles.join(' or ')}; you are ${context.viewer.role}.`);
  }
  return true;
};
