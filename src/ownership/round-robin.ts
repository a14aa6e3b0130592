/** An active rep of a team, with what the round-robin weighs. */
export interface RepLoad {
  id: number;
  /** Open follow-ups assigned to the rep. */
  openTasks: number;
  /** When the round-robin last gave the rep a customer (null: never). */
  lastPicked: Date | null;
}

/**
 * The rep the round-robin hands the next customer to: the fewest open follow-ups, then the one
 * picked longest ago (never picked first), then the lowest id, so the choice is the same on every
 * instance. Null when the team has no active rep.
 */
export function chooseRep(reps: readonly RepLoad[]): RepLoad | null {
  let best: RepLoad | null = null;
  for (const rep of reps) if (best === null || before(rep, best)) best = rep;
  return best;
}

function before(a: RepLoad, b: RepLoad): boolean {
  if (a.openTasks !== b.openTasks) return a.openTasks < b.openTasks;
  const aPicked = a.lastPicked?.getTime() ?? -Infinity;
  const bPicked = b.lastPicked?.getTime() ?? -Infinity;
  if (aPicked !== bPicked) return aPicked < bPicked;
  return a.id < b.id;
}
