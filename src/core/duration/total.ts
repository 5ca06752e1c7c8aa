/**
 * Adding up the Waktu of an SOP's steps: the contract's `duration`, and the time per actor for the
 * task pane's bar chart.
 */
import type { Calendar, Duration, Lang, Waktu } from '../model';
import { stepKey } from '../step-key';
import { formatRange } from './format';

export interface TimedStep {
  no: string | null;
  /** 1-based sheet row of the step's first line. */
  row: number;
  waktu: Waktu | null;
  /** Steps sharing this key run at the same time: they count once, their longest time. */
  parallel?: string;
}

export interface ActorStep {
  actors: string[];
  waktu: Waktu | null;
  /** As TimedStep.parallel: an actor doing several of these steps spends the longest of them. */
  parallel?: string;
}

export interface ActorDuration {
  actor: string;
  minMinutes: number;
  maxMinutes: number;
}

/** The minutes of a step's Waktu, or null when it has none that could be read. */
function minutesOf(waktu: Waktu | null): { min: number; max: number } | null {
  if (waktu === null || waktu.minMinutes === null || waktu.maxMinutes === null) return null;
  if (!Number.isFinite(waktu.minMinutes) || !Number.isFinite(waktu.maxMinutes)) return null;
  return { min: waktu.minMinutes, max: waktu.maxMinutes };
}

/** Sum without floating-point noise building up over many fractional steps. */
function cleanSum(a: number, b: number): number {
  return Math.round((a + b) * 1e6) / 1e6;
}

/**
 * The SOP's total time: the sums of every step's min and max minutes (steps that run at the same time
 * counted once, by their longest time). Steps with no Waktu, or one that
 * could not be read, are left out of the sums and listed in `stepsWithoutTime`. When no step has a time
 * at all, the total is 0 and its text "-" (not "0 menit"), as the contract says.
 */
export function totalDuration(steps: readonly TimedStep[], calendar: Calendar, lang: Lang): Duration {
  let minMinutes = 0;
  let maxMinutes = 0;
  let timed = 0;
  const stepsWithoutTime: string[] = [];
  // Parallel steps: the group's longest min and longest max, added once.
  const groups = new Map<string, { min: number; max: number }>();
  for (const step of steps) {
    const minutes = minutesOf(step.waktu);
    if (minutes === null) {
      stepsWithoutTime.push(stepKey(step));
      continue;
    }
    timed++;
    if (step.parallel !== undefined) {
      const g = groups.get(step.parallel);
      groups.set(step.parallel, g ? { min: Math.max(g.min, minutes.min), max: Math.max(g.max, minutes.max) } : minutes);
      continue;
    }
    minMinutes = cleanSum(minMinutes, minutes.min);
    maxMinutes = cleanSum(maxMinutes, minutes.max);
  }
  for (const g of groups.values()) {
    minMinutes = cleanSum(minMinutes, g.min);
    maxMinutes = cleanSum(maxMinutes, g.max);
  }
  if (timed === 0) return { minMinutes: 0, maxMinutes: 0, text: '-', stepsWithoutTime };
  return { minMinutes, maxMinutes, text: formatRange(minMinutes, maxMinutes, calendar, lang), stepsWithoutTime };
}

/**
 * Time per actor, in the order of `actorNames` (every actor listed, 0 when it has no timed step). A
 * step done by two actors counts in full for each of them: it is time each of them spends, so the
 * bars do not add up to the SOP's total when steps are shared. Steps without a readable time, and
 * actor names not in `actorNames`, are left out.
 */
export function durationPerActor(steps: readonly ActorStep[], actorNames: readonly string[]): ActorDuration[] {
  const byActor = new Map<string, ActorDuration>();
  for (const actor of actorNames) {
    if (!byActor.has(actor)) byActor.set(actor, { actor, minMinutes: 0, maxMinutes: 0 });
  }
  // An actor's share of a parallel group: the longest of the group's steps that actor does.
  const groups = new Map<string, { min: number; max: number }>();
  for (const step of steps) {
    const minutes = minutesOf(step.waktu);
    if (minutes === null) continue;
    for (const actor of new Set(step.actors)) {
      const entry = byActor.get(actor);
      if (!entry) continue;
      if (step.parallel !== undefined) {
        const key = `${actor}\u0000${step.parallel}`;
        const g = groups.get(key);
        groups.set(key, g ? { min: Math.max(g.min, minutes.min), max: Math.max(g.max, minutes.max) } : minutes);
        continue;
      }
      entry.minMinutes = cleanSum(entry.minMinutes, minutes.min);
      entry.maxMinutes = cleanSum(entry.maxMinutes, minutes.max);
    }
  }
  for (const [key, g] of groups) {
    const entry = byActor.get(key.slice(0, key.indexOf('\u0000')))!;
    entry.minMinutes = cleanSum(entry.minMinutes, g.min);
    entry.maxMinutes = cleanSum(entry.maxMinutes, g.max);
  }
  return [...byActor.values()];
}

/**
 * Time per actor of one SOP, longest first (ties in the order of its actor list): the one function the
 * pane's chart and the review report use. Give it the parsed SOP (SopDoc), whose steps carry their
 * parallel groups, so that an actor doing several steps that run at the same time spends the longest
 * of them, not their sum; the contract's Sop has no groups and gives every step in full.
 */
export function actorTimes(sop: { actors: readonly { name: string }[]; steps: readonly ActorStep[] }): ActorDuration[] {
  return durationPerActor(
    sop.steps,
    sop.actors.map((a) => a.name)
  ).sort((a, b) => b.maxMinutes - a.maxMinutes);
}
