import { Field, Float, Int, ObjectType } from 'type-graphql';

/** A group's size and how many of it converted. */
export interface GroupCount {
  customers: number;
  converted: number;
}

/** Sent against held out: conversion rates, their difference and its 95% confidence interval. */
@ObjectType({ description: 'Conversion of the customers sent a campaign\'s messages against its holdout, with a 95% confidence interval of the difference.' })
export class LiftReport {
  @Field(() => Int, { description: 'Customers handed a message.' })
  sentCustomers: number;

  @Field(() => Int, { description: 'Of them, with a paid order within the conversion days after their message.' })
  sentConverted: number;

  @Field(() => Int, { description: 'Customers held out (with marketing consent, so they are comparable with the sent).' })
  holdoutCustomers: number;

  @Field(() => Int, { description: 'Of them, with a paid order within the conversion days after the wave\'s send time.' })
  holdoutConverted: number;

  @Field(() => Float, { nullable: true, description: 'sentConverted ÷ sentCustomers (null: nobody sent).' })
  sentRate: number | null;

  @Field(() => Float, { nullable: true, description: 'holdoutConverted ÷ holdoutCustomers (null: no holdout).' })
  holdoutRate: number | null;

  @Field(() => Float, { nullable: true, description: 'sentRate − holdoutRate: the conversion the messages added (percentage points as a fraction).' })
  lift: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower end of the 95% confidence interval of the lift (normal approximation of a difference of two proportions).' })
  liftLow: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper end of the 95% confidence interval of the lift.' })
  liftHigh: number | null;

  @Field({ description: 'Whether the interval excludes zero: the lift is unlikely to be chance.' })
  significant: boolean;
}

/** The lift of `sent` over `holdout`, with a Wald interval at `z` (1.96: 95%). */
export function liftOf(sent: GroupCount, holdout: GroupCount, z = 1.96): LiftReport {
  const rate = (g: GroupCount) => (g.customers > 0 ? g.converted / g.customers : null);
  const sentRate = rate(sent);
  const holdoutRate = rate(holdout);
  const report: LiftReport = {
    sentCustomers: sent.customers, sentConverted: sent.converted, holdoutCustomers: holdout.customers, holdoutConverted: holdout.converted,
    sentRate, holdoutRate, lift: null, liftLow: null, liftHigh: null, significant: false,
  };
  if (sentRate === null || holdoutRate === null) return report;
  const lift = sentRate - holdoutRate;
  const se = Math.sqrt((sentRate * (1 - sentRate)) / sent.customers + (holdoutRate * (1 - holdoutRate)) / holdout.customers);
  return { ...report, lift, liftLow: lift - z * se, liftHigh: lift + z * se, significant: se > 0 ? Math.abs(lift) > z * se : lift !== 0 };
}
