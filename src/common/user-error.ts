import { GraphQLError } from 'graphql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Every business failure a mutation can report; a client can switch on these. */
export enum UserErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  TOO_LONG = 'TOO_LONG',
  NOT_FOUND = 'NOT_FOUND',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  DUPLICATE_CUSTOMER = 'DUPLICATE_CUSTOMER',
  DUPLICATE_EMAIL = 'DUPLICATE_EMAIL',
  DUPLICATE_NAME = 'DUPLICATE_NAME',
  STALE_VERSION = 'STALE_VERSION',
  NOT_ALLOWED = 'NOT_ALLOWED',
  INVALID_ROLE = 'INVALID_ROLE',
  ALREADY_REVOKED = 'ALREADY_REVOKED',
  ALREADY_COMPLETED = 'ALREADY_COMPLETED',
  ALREADY_SCREENED = 'ALREADY_SCREENED',
  SHEET_NOT_DRAFT = 'SHEET_NOT_DRAFT',
  SHEET_NOT_SUBMITTED = 'SHEET_NOT_SUBMITTED',
  SHEET_EMPTY = 'SHEET_EMPTY',
  NO_ACTIVE_REP = 'NO_ACTIVE_REP',
  CHECK_CLOSED = 'CHECK_CLOSED',
  ALREADY_RESPONDED = 'ALREADY_RESPONDED',
  DUPLICATE_ROW = 'DUPLICATE_ROW',
  TIER_GRADIENT = 'TIER_GRADIENT',
  TEMPLATE_INACTIVE = 'TEMPLATE_INACTIVE',
  TIER_TOO_LOW = 'TIER_TOO_LOW',
  OUT_OF_STOCK = 'OUT_OF_STOCK',
  CUSTOMER_LIMIT_REACHED = 'CUSTOMER_LIMIT_REACHED',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  COUPON_ALREADY_REDEEMED = 'COUPON_ALREADY_REDEEMED',
  COUPON_EXPIRED = 'COUPON_EXPIRED',
  COUPON_REVOKED = 'COUPON_REVOKED',
  WRONG_CUSTOMER = 'WRONG_CUSTOMER',
  MIN_SPEND_NOT_MET = 'MIN_SPEND_NOT_MET',
  UNMASK_LIMIT_REACHED = 'UNMASK_LIMIT_REACHED',
  LEGAL_HOLD = 'LEGAL_HOLD',
  ALREADY_ERASED = 'ALREADY_ERASED',
}

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation refused its input. Business failures are data, not GraphQL errors.',
  valuesConfig: {
    INVALID_INPUT: { description: 'A field has a value that is not allowed (see `field` and `message`).' },
    TOO_LONG: { description: 'A text field is longer than its limit.' },
    NOT_FOUND: { description: 'The record does not exist in your shop, or you may not see it.' },
    INVALID_CREDENTIALS: { description: 'The email or the password is wrong (which one is not said).' },
    DUPLICATE_CUSTOMER: { description: 'A customer with this platform and handle already exists; `existingId` names it.' },
    DUPLICATE_EMAIL: { description: 'A user with this email already exists.' },
    DUPLICATE_NAME: { description: 'Another record of your shop already has this name.' },
    STALE_VERSION: { description: 'Someone changed the record since you read it; reload and try again.' },
    NOT_ALLOWED: { description: 'Your role may not make this particular change.' },
    INVALID_ROLE: { description: 'The user named does not have the role this needs (e.g. an owner must be a sales rep).' },
    ALREADY_REVOKED: { description: 'The API token was revoked already.' },
    ALREADY_COMPLETED: { description: 'The follow-up is done or cancelled already; nothing was changed.' },
    ALREADY_SCREENED: { description: 'The registration entry was screened already.' },
    SHEET_NOT_DRAFT: { description: 'The registration sheet was submitted; it can no longer change.' },
    SHEET_NOT_SUBMITTED: { description: 'The registration sheet is still a draft; it is screened after submission.' },
    SHEET_EMPTY: { description: 'An empty registration sheet cannot be submitted.' },
    NO_ACTIVE_REP: { description: 'The team has no active sales rep to hand the customer to.' },
    CHECK_CLOSED: { description: 'The audit check is closed (signed off); nothing in it can change.' },
    ALREADY_RESPONDED: { description: 'The finding was answered already (once only).' },
    DUPLICATE_ROW: { description: 'The same platform order id appears twice in one import.' },
    TIER_GRADIENT: { description: 'Higher tiers must need more and give more than lower ones.' },
    TEMPLATE_INACTIVE: { description: 'The coupon template is not active.' },
    TIER_TOO_LOW: { description: 'The customer\'s tier is below the template\'s floor.' },
    OUT_OF_STOCK: { description: 'The coupon template has no coupons left.' },
    CUSTOMER_LIMIT_REACHED: { description: 'The customer has as many coupons of this template as allowed.' },
    IDEMPOTENCY_KEY_REUSED: { description: 'The idempotency key was used before with a different request.' },
    COUPON_ALREADY_REDEEMED: { description: 'The coupon was redeemed already.' },
    COUPON_EXPIRED: { description: 'The coupon has expired.' },
    COUPON_REVOKED: { description: 'The coupon was revoked.' },
    WRONG_CUSTOMER: { description: 'The coupon belongs to another customer than the order.' },
    MIN_SPEND_NOT_MET: { description: 'The order is below the coupon\'s minimum spend.' },
    UNMASK_LIMIT_REACHED: { description: 'You unmasked as many contact details today as the shop allows; the attempt is in the access log.' },
    LEGAL_HOLD: { description: 'The customer cannot be erased yet: an unpaid order, an open after-sales case, or a last order inside the shop\'s hold period; the message says which.' },
    ALREADY_ERASED: { description: 'The customer was erased already.' },
  },
});

/** A business failure a client can show next to the field it concerns. */
@ObjectType({ description: 'A business failure of a mutation, shown to the user next to the field it concerns.' })
export class UserError {
  @Field(() => UserErrorCode, { description: 'Machine-readable reason.' })
  code: UserErrorCode;

  @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, e.g. ["input", "phone"].' })
  field?: string[];

  @Field({ description: 'Human-readable explanation, safe to show.' })
  message: string;

  @Field(() => String, { nullable: true, description: 'The global id of the record in conflict (with DUPLICATE_CUSTOMER).' })
  existingId?: string;

  constructor(code: UserErrorCode, message: string, field?: string[], existingId?: string) {
    this.code = code;
    this.message = message;
    this.field = field;
    this.existingId = existingId;
  }
}

/** Thrown by services for business failures; resolvers turn it into `userErrors`. */
export class DomainError extends Error {
  readonly errors: UserError[];
  constructor(errors: UserError | UserError[]) {
    const list = Array.isArray(errors) ? errors : [errors];
    super(list.map((e) => e.message).join('; '));
    this.errors = list;
  }
}

export function notFound(what: string, field: string[] = ['id']): DomainError {
  return new DomainError(new UserError(UserErrorCode.NOT_FOUND, `${what} not found.`, field));
}

/** GraphQL errors (not userErrors): the request itself is refused. */
export const unauthenticated = (message = 'Sign in first: send Authorization: Bearer <token>.') =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

export const forbidden = (message = 'Your role may not do this.') =>
  new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });

export const badUserInput = (message: string, argument?: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } });

/**
 * The database connection was lost under the request (a restart, a failover, a killed backend).
 * Retryable: nothing of a mutation that gets it was confirmed, so the client tries again.
 */
export const databaseUnavailable = () =>
  new GraphQLError('The connection to the database was lost; nothing was confirmed. Try again in a moment.', {
    extensions: { code: 'DATABASE_UNAVAILABLE', retryable: true },
  });
