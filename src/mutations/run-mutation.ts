import { DeadlockException, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { setTimeout as sleep } from 'node:timers/promises';
import { validate, ValidationError } from 'class-validator';
import { auditActor } from '../audit-trail/audit-context';
import type { AuthedContext, Context } from '../context';
import { forgetLoaded } from '../loaders';
import { readBack } from './read-back';
import { isConnectionLost } from '../db/connection-lost';
import { databaseUnavailable, forbidden, unauthenticated, UserError, UserErrorCode, DomainError } from '../common/user-error';

/** Field-level validation of a mutation input (class-validator decorators), as userErrors. */
export async function inputErrors(input: object | undefined, root = 'input'): Promise<UserError[]> {
  if (!input) return [];
  const errors = await validate(input, { forbidUnknownValues: false, validationError: { target: false, value: false } });
  return flatten(errors, [root]);
}

function flatten(errors: ValidationError[], path: string[]): UserError[] {
  return errors.flatMap((error) => {
    const field = [...path, error.property];
    const own = Object.entries(error.constraints ?? {}).map(
      ([constraint, message]) =>
        new UserError(constraint === 'maxLength' || constraint === 'arrayMaxSize' ? UserErrorCode.TOO_LONG : UserErrorCode.INVALID_INPUT, message, field),
    );
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Unique constraints whose violation is a business failure, not a crash. */
const UNIQUE_CONSTRAINTS: Record<string, UserError> = {
  customers_shop_platform_handle_unique: new UserError(
    UserErrorCode.DUPLICATE_CUSTOMER,
    'A customer with this platform and handle already exists.',
    ['input', 'platformHandle'],
  ),
  users_email_unique: new UserError(UserErrorCode.DUPLICATE_EMAIL, 'A user with this email already exists.', ['input', 'email']),
  sales_teams_lead_id_unique: new UserError(UserErrorCode.NOT_ALLOWED, 'This rep already leads another team.', ['input', 'leadId']),
  sales_teams_shop_id_name_unique: new UserError(UserErrorCode.DUPLICATE_NAME, 'Your shop already has a team with this name.', ['input', 'name']),
  // Two requests creating the same thing at the same moment: the loser retries and finds it.
  orders_shop_platform_order_unique: new UserError(UserErrorCode.STALE_VERSION, 'Another import created one of these orders at the same moment; import again.', ['input', 'orders']),
  registration_sheets_author_id_period_start_unique: new UserError(UserErrorCode.STALE_VERSION, 'Your sheet of this period was just created by another request; add the entry again.', ['input']),
  messages_shop_key_unique: new UserError(UserErrorCode.STALE_VERSION, 'The same message was just sent by another request with this idempotency key; send again to read it.', ['input', 'idempotencyKey']),
  care_rules_shop_id_kind_unique: new UserError(UserErrorCode.STALE_VERSION, 'This care rule was just set by another request; set it again.', ['input', 'kind']),
};

export function requireViewer(ctx: Context): AuthedContext {
  if (!ctx.viewer) throw unauthenticated();
  return ctx as AuthedContext;
}

type Payload<R> = Partial<R> & { userErrors: UserError[] };

/**
 * Runs one mutation as one transaction and returns its payload: the result with empty
 * `userErrors`, or only `userErrors` when the input is invalid or a business rule refuses it.
 * Any failure rolls the whole transaction back, so nothing is half-written.
 */
export async function runMutation<R extends object>(
  ctx: Context,
  input: object | undefined,
  work: (tx: AuthedContext) => Promise<R>,
): Promise<Payload<R>> {
  const authed = requireViewer(ctx);
  if (authed.viewer.readOnly) throw forbidden('This API token is read-only: it cannot run mutations.');
  const { viewer, requestId } = authed;
  const actor = { shopId: viewer.shopId, userId: viewer.userId, apiTokenId: viewer.apiTokenId, requestId };
  // Every row this mutation writes lands in the audit trail under this actor.
  return auditActor.run(actor, () => transact(authed, input, (em) => work({ ...authed, em })));
}

/** `runMutation` for the one mutation anonymous callers may run (login). */
export function runPublicMutation<R extends object>(ctx: Context, input: object, work: (tx: Context) => Promise<R>): Promise<Payload<R>> {
  return transact(ctx, input, (em) => work({ ...ctx, em }));
}

/**
 * Times a mutation runs when it collided with a concurrent one, each time in a fresh transaction
 * that sees what the other committed:
 * - PostgreSQL aborted it for a deadlock or a serialization failure (both `DeadlockException`):
 *   the triggers that keep figures lock customer and figure rows, and two mutations over the
 *   same rows in opposite order can meet;
 * - it lost a race to create the same thing (a unique constraint in `FOUND_ON_RETRY`): run again,
 *   it finds the winner's row and attaches to it ("found or created"), or reports it as the
 *   duplicate it is, with its id;
 * - a row it changed was changed meanwhile (`OptimisticLockError`): run again, a mutation that
 *   checks a version the client sent refuses with STALE_VERSION, and one that does not (a
 *   counter) applies its change to the new row.
 * The aborted attempt rolled back whole, and events are sent only on commit, so running it
 * again is safe.
 */
const ATTEMPTS = 5;

/** Unique constraints a concurrent creation of the same record violates. */
const FOUND_ON_RETRY = new Set(['customers_shop_platform_handle_unique', 'registration_sheets_author_id_period_start_unique', 'orders_shop_platform_order_unique', 'import_mappings_shop_id_format_unique', 'message_templates_shop_name_unique', 'messages_shop_key_unique', 'care_rules_shop_id_kind_unique']);

function collided(error: unknown): boolean {
  if (error instanceof DeadlockException || error instanceof OptimisticLockError) return true;
  return error instanceof UniqueConstraintViolationException && FOUND_ON_RETRY.has((error as { constraint?: string }).constraint ?? '');
}

async function transact<R extends object>(ctx: Context, input: object | undefined, work: (em: Context['em']) => Promise<R>): Promise<Payload<R>> {
  const invalid = await inputErrors(input);
  if (invalid.length > 0) return { userErrors: invalid } as Payload<R>;
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await ctx.em.transactional((em) => work(em));
      forgetLoaded(ctx.loaders);
      const read = await readBack(ctx.em, result);
      // It may have changed a user, team or shop: the caller's next request must see that, not
      // wait for the database's announcement (see ViewerCache).
      if (ctx.viewer) ctx.sessions.forgetShop(ctx.viewer.shopId);
      return { ...read, userErrors: [] };
    } catch (error) {
      // The transaction rolled back; drop anything it left managed so a later mutation of the
      // same request (or the next attempt) cannot flush it.
      ctx.em.clear();
      if (collided(error) && attempt < ATTEMPTS) {
        // A random pause, so the two that collided do not collide again in step.
        await sleep(5 + Math.random() * 20 * attempt);
        continue;
      }
      if (isConnectionLost(error)) throw databaseUnavailable();
      if (error instanceof DeadlockException) {
        ctx.logger.warn({ err: error, attempts: attempt }, 'mutation kept colliding with others');
        return { userErrors: [new UserError(UserErrorCode.STALE_VERSION, 'Other changes to the same records kept colliding with this one; nothing was saved. Try again.', ['input'])] } as Payload<R>;
      }
      if (error instanceof DomainError) return { userErrors: error.errors } as Payload<R>;
      if (error instanceof OptimisticLockError) {
        return { userErrors: [new UserError(UserErrorCode.STALE_VERSION, 'Someone changed this record since you read it; reload it and try again.', ['input', 'version'])] } as Payload<R>;
      }
      if (error instanceof UniqueConstraintViolationException) {
        const constraint = (error as { constraint?: string }).constraint;
        const known = constraint ? UNIQUE_CONSTRAINTS[constraint] : undefined;
        if (known) return { userErrors: [known] } as Payload<R>;
      }
      throw error;
    }
  }
}
