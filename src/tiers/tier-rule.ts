/** What a tier asks of a customer's paid orders within its window. */
export interface TierThreshold {
  rank: number;
  windowDays: number;
  minPaidOrders: number;
  minSpent: number;
}

/** A customer's paid orders within a window: how many and their total, in minor units. */
export interface WindowFigures {
  n: number;
  spent: number;
}

/**
 * The tier a customer has earned: the highest-ranked tier whose window holds at least one paid
 * order and either its order count or its spend. `figuresWithin(days)` gives the customer's
 * figures for a window (undefined: no paid order in it).
 */
export function earnedTier<T extends TierThreshold>(tiers: readonly T[], figuresWithin: (windowDays: number) => WindowFigures | undefined): T | null {
  let best: T | null = null;
  for (const tier of tiers) {
    if (best !== null && tier.rank <= best.rank) continue;
    const figures = figuresWithin(tier.windowDays);
    if (figures !== undefined && figures.n > 0 && (figures.n >= tier.minPaidOrders || figures.spent >= tier.minSpent)) best = tier;
  }
  return best;
}
