import { Field, ID, InputType } from 'type-graphql';
import { LocalDateScalar } from '../common/local-date.scalar';

@InputType({ description: 'A promotion of the shop\'s calendar.' })
export class PromotionInput {
  @Field({ description: 'Its name, e.g. 双11 (1–60 characters).' })
  name: string;

  @Field(() => LocalDateScalar, { description: 'First local day.' })
  startsOn: string;

  @Field(() => LocalDateScalar, { description: 'Last local day (included; at most 31 days in all).' })
  endsOn: string;
}

@InputType({ description: 'Acknowledges an anomaly incident.' })
export class KpiIncidentAcknowledgeInput {
  @Field(() => ID, { description: 'The incident.' })
  id: string;

  @Field({ description: 'What was found or done (1–500 characters); kept in the audit trail.' })
  note: string;
}
