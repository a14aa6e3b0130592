import { IsIn, IsOptional, MaxLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../common/user-error';
import { BulkImportFormat } from './bulk-import.enums';

const HEADER = 'The header of this column in the shop\'s export';

@ObjectType('ImportColumnMapping', { simpleResolvers: true, description: 'Which column of a report format fills which order field: the shop\'s own header names, or the built-in ones.' })
export class ImportMappingType {
  @Field(() => BulkImportFormat, { description: 'The report format.' })
  format: BulkImportFormat;

  @Field({ description: 'True while the shop uses the built-in header names.' })
  builtIn: boolean;

  @Field({ description: `${HEADER} holding the platform's order number (built in: 订单编号).` })
  platformOrderId: string;

  @Field({ description: `${HEADER} holding the buyer's handle (built in: 买家会员名).` })
  buyer: string;

  @Field({ description: `${HEADER} holding the amount paid, in yuan (built in: 买家实际支付金额).` })
  amount: string;

  @Field({ description: `${HEADER} holding the order state (built in: 订单状态).` })
  status: string;

  @Field({ description: `${HEADER} holding when it was placed (built in: 订单创建时间).` })
  placedAt: string;

  @Field({ description: `${HEADER} holding when it was paid, if present (built in: 订单付款时间).` })
  paidAt: string;

  @Field({ description: `${HEADER} holding the receiver's name, if present (built in: 收货人姓名); sealed on the way in.` })
  receiverName: string;

  @Field({ description: `${HEADER} holding the shipping address, if present (built in: 收货地址); sealed on the way in but province and city.` })
  receiverAddress: string;

  @Field({ description: `${HEADER} holding the receiver's phone, if present (built in: 联系手机); sealed on the way in.` })
  receiverPhone: string;
}

@InputType({ description: 'The shop\'s header names for a report format; every column named, no two alike.' })
export class ImportMappingInput {
  @Field(() => BulkImportFormat, { description: 'The report format (TAOBAO_ORDER_CSV).' })
  @IsIn(Object.values(BulkImportFormat))
  format: BulkImportFormat;

  @Field({ description: `${HEADER}: the order number.` })
  @MaxLength(100)
  platformOrderId: string;

  @Field({ description: `${HEADER}: the buyer's handle.` })
  @MaxLength(100)
  buyer: string;

  @Field({ description: `${HEADER}: the amount paid, in yuan.` })
  @MaxLength(100)
  amount: string;

  @Field({ description: `${HEADER}: the order state.` })
  @MaxLength(100)
  status: string;

  @Field({ description: `${HEADER}: when it was placed.` })
  @MaxLength(100)
  placedAt: string;

  @Field({ description: `${HEADER}: when it was paid.` })
  @MaxLength(100)
  paidAt: string;

  @Field(() => String, { nullable: true, description: `${HEADER}: the receiver's name (left out: the built-in one).` })
  @IsOptional()
  @MaxLength(100)
  receiverName?: string | null;

  @Field(() => String, { nullable: true, description: `${HEADER}: the shipping address (left out: the built-in one).` })
  @IsOptional()
  @MaxLength(100)
  receiverAddress?: string | null;

  @Field(() => String, { nullable: true, description: `${HEADER}: the receiver's phone (left out: the built-in one).` })
  @IsOptional()
  @MaxLength(100)
  receiverPhone?: string | null;
}

@ObjectType({ description: 'Result of importMappingUpdate / importMappingReset.' })
export class ImportMappingPayload {
  @Field(() => ImportMappingType, { nullable: true, description: 'The mapping now in use.' })
  importMapping?: ImportMappingType;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors: UserError[];
}
