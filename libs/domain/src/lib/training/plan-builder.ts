/**
 * Development-plan builder (DESIGN.md §3, issue 7): from a person's gaps and the approved
 * courses, propose the smallest set of courses that covers every gap at the needed level.
 *
 * ## Algorithm
 *
 * 1. **Coverage.** A course target `c: from → to` helps a gap `c: achieved → required` when
 *    `from ≤ reach` and `to > reach`, where `reach` starts at the achieved level. A set of
 *    courses *covers* the gap when, chaining its targets on `c` (each starting at or below the
 *    level the previous ones reached), the reach gets to `required`. A course whose from-level is
 *    above the person's level is therefore used only after a course that leads up to it.
 * 2. **Uncoverable gaps.** Gaps that even all candidate courses together cannot cover are
 *    reported in `uncovered` and left out of the search (the plan still covers the others).
 * 3. **Exact minimum.** Depth-first branch and bound over the set-cover problem: take the
 *    uncovered gap with the fewest helping courses, branch on each of them; prune any branch whose
 *    size already exceeds the best complete set. Every set of the minimum size is compared.
 * 4. **Preferences among sets of the same size**, lexicographically: fewer courses not taught in
 *    the person's language; fewer courses without a future session with free places; the sooner
 *    the chosen sessions start (sum of days); fewer total hours; then course ids (deterministic).
 * 5. **Session per course**: among sessions starting on or after `today`, prefer the person's
 *    language, then free places, then the earliest start. A course with no future session is
 *    proposed without one (the person may enrol later).
 *
 * Gap counts are small (≤ the competencies of a profile) and candidate courses are filtered to
 * those targeting a gap competency, so the exact search stays fast; `maxNodes` caps it anyway and
 * the best set found so far is returned.
 */

export interface PlanGap {
  readonly competencyCode: string;
  readonly achieved: number;
  readonly required: number;
}

export interface PlanCourseSession {
  readonly id: string;
  /** ISO date (yyyy-mm-dd). */
  readonly startsOn: string;
  readonly language: string;
  readonly freePlaces: number;
}

export interface PlanCourse {
  readonly id: string;
  readonly hours: number;
  readonly languages: readonly string[];
  readonly targets: readonly { competencyCode: string; fromLevel: number; toLevel: number }[];
  readonly sessions: readonly PlanCourseSession[];
}

export interface PlanBuildInput {
  readonly gaps: readonly PlanGap[];
  readonly courses: readonly PlanCourse[];
  readonly language: string;
  /** ISO date; sessions before it are not offered. */
  readonly today: string;
  readonly maxNodes?: number;
}

export interface ProposedItem {
  readonly competencyCode: string;
  readonly fromLevel: number;
  readonly targetLevel: number;
  readonly courseId: string;
  readonly sessionId: string | null;
}

export interface PlanProposal {
  readonly courseIds: string[];
  readonly items: ProposedItem[];
  readonly uncovered: PlanGap[];
  /** False when the node cap stopped the search before it proved the set minimal. */
  readonly exhaustive: boolean;
}

const DAY_MS = 86_400_000;
const NO_SESSION_DAYS = 3650;

/** The session a person would be offered for a course, or null. */
export function bestSession(course: PlanCourse, language: string, today: string): PlanCourseSession | null {
  const future = course.sessions.filter((s) => s.startsOn >= today);
  const sorted = [...future].sort(
    (a, b) =>
      Number(b.language === language) - Number(a.language === language) ||
      Number(b.freePlaces > 0) - Number(a.freePlaces > 0) ||
      a.startsOn.localeCompare(b.startsOn) ||
      a.id.localeCompare(b.id),
  );
  return sorted[0] ?? null;
}

/** How far the chosen courses lift a competency, starting at the achieved level. */
function reachOf(gap: PlanGap, chosen: readonly PlanCourse[]): number {
  let reach = gap.achieved;
  for (;;) {
    let next = reach;
    for (const c of chosen)
      for (const t of c.targets) if (t.competencyCode === gap.competencyCode && t.fromLevel <= reach && t.toLevel > next) next = t.toLevel;
    if (next === reach) return reach;
    reach = next;
  }
}

function helps(course: PlanCourse, gap: PlanGap, reach: number): boolean {
  return course.targets.some((t) => t.competencyCode === gap.competencyCode && t.fromLevel <= reach && t.toLevel > reach);
}

type Cost = [number, number, number, number, number, string];

function costOf(set: readonly PlanCourse[], language: string, today: string): Cost {
  let foreign = 0;
  let full = 0;
  let days = 0;
  let hours = 0;
  for (const c of set) {
    const s = bestSession(c, language, today);
    if (!c.languages.includes(language) || (s && s.language !== language)) foreign++;
    if (!s || s.freePlaces <= 0) full++;
    days += s ? Math.round((Date.parse(s.startsOn) - Date.parse(today)) / DAY_MS) : NO_SESSION_DAYS;
    hours += c.hours;
  }
  const ids = set
    .map((c) => c.id)
    .sort()
    .join(',');
  return [set.length, foreign, full, days, hours, ids];
}

function lessThan(a: Cost, b: Cost): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i] < b[i]) return true;
    if (a[i] > b[i]) return false;
  }
  return false;
}

/** Proposes the plan; see the module comment for the algorithm. Pure and deterministic. */
export function buildPlan(input: PlanBuildInput): PlanProposal {
  const { language, today } = input;
  const open = input.gaps.filter((g) => g.required > g.achieved);
  const relevant = input.courses.filter((c) => c.targets.some((t) => open.some((g) => g.competencyCode === t.competencyCode)));
  const uncovered = open.filter((g) => reachOf(g, relevant) < g.required);
  const gaps = open.filter((g) => !uncovered.includes(g));

  let best: { set: PlanCourse[]; cost: Cost } | null = null;
  let nodes = 0;
  const maxNodes = input.maxNodes ?? 200_000;
  let exhaustive = true;

  const search = (chosen: PlanCourse[]): void => {
    if (++nodes > maxNodes) {
      exhaustive = false;
      return;
    }
    if (best && chosen.length > best.set.length) return;
    let pick: { gap: PlanGap; options: PlanCourse[] } | null = null;
    for (const g of gaps) {
      const reach = reachOf(g, chosen);
      if (reach >= g.required) continue;
      const options = relevant.filter((c) => !chosen.includes(c) && helps(c, g, reach));
      if (!pick || options.length < pick.options.length) pick = { gap: g, options };
    }
    if (!pick) {
      const cost = costOf(chosen, language, today);
      if (!best || lessThan(cost, best.cost)) best = { set: [...chosen], cost };
      return;
    }
    if (best && chosen.length + 1 > best.set.length) return;
    // Try the more attractive courses first so a good bound is found early.
    const ordered = [...pick.options].sort((a, b) => (lessThan(costOf([a], language, today), costOf([b], language, today)) ? -1 : 1));
    for (const c of ordered) search([...chosen, c]);
  };
  search([]);

  const set: PlanCourse[] = best ? (best as { set: PlanCourse[] }).set : [];
  const items: ProposedItem[] = [];
  for (const g of gaps) {
    // Replay the chain on this competency to give each course its own step.
    let reach = g.achieved;
    while (reach < g.required) {
      let step: { course: PlanCourse; to: number } | null = null;
      for (const c of set)
        for (const t of c.targets)
          if (t.competencyCode === g.competencyCode && t.fromLevel <= reach && t.toLevel > reach && (!step || t.toLevel > step.to))
            step = { course: c, to: t.toLevel };
      if (!step) break;
      items.push({
        competencyCode: g.competencyCode,
        fromLevel: reach,
        targetLevel: Math.min(step.to, g.required),
        courseId: step.course.id,
        sessionId: bestSession(step.course, language, today)?.id ?? null,
      });
      reach = step.to;
    }
  }
  // Chosen set in a stable order: by first item using it.
  const courseIds = [...new Set(items.map((i) => i.courseId))];
  return { courseIds, items, uncovered, exhaustive };
}
