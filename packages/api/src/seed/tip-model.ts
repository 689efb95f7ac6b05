import type { AgeBand, RespondentKind, TipAnswer } from "@heard/domain";
import type { DemoTeam } from "./accounts";
import type { DemoRandom } from "./random";

/**
 * How the demo's families answer each of the Top 10 Tips (in position order): the chance of
 * Yes at the start of the year and at its end (the year's story), of A bit, and of skipping.
 * "What happens next" and "My views" improve after a push on them; "On time" and "Did what you
 * said" slip as caseloads grow; the rest hold steady.
 */
const tipModels: readonly { title: string; yes: readonly [number, number]; aBit: number; skip: number }[] = [
  { title: "On time", yes: [0.8, 0.58], aBit: 0.14, skip: 0.02 },
  { title: "Listened", yes: [0.72, 0.74], aBit: 0.18, skip: 0.02 },
  { title: "Clear words", yes: [0.64, 0.67], aBit: 0.22, skip: 0.03 },
  { title: "What happens next", yes: [0.4, 0.74], aBit: 0.26, skip: 0.03 },
  { title: "Honest", yes: [0.7, 0.71], aBit: 0.18, skip: 0.04 },
  { title: "Respect", yes: [0.8, 0.79], aBit: 0.12, skip: 0.02 },
  { title: "My views", yes: [0.5, 0.68], aBit: 0.26, skip: 0.03 },
  { title: "Did what you said", yes: [0.62, 0.52], aBit: 0.22, skip: 0.05 },
  { title: "Easy to reach", yes: [0.46, 0.5], aBit: 0.26, skip: 0.07 },
  { title: "Strengths", yes: [0.6, 0.63], aBit: 0.22, skip: 0.06 },
];

export const tipCount = tipModels.length;

/** Teams differ a little, tip by tip (child protection is harder on respect; a busy team is hard to reach). */
const teamEffects: Record<DemoTeam, readonly number[]> = {
  north: [0, 0.02, 0.03, 0, 0, 0.02, 0.02, 0, 0.03, 0.04],
  south: [0.02, -0.04, -0.03, 0, 0.04, -0.07, -0.04, 0, -0.02, -0.05],
  west: [-0.03, 0.06, 0.02, 0.03, 0, 0.03, 0.05, -0.02, -0.08, 0.05],
};

export type Respondent = { respondentKind: RespondentKind; ageBand: AgeBand | null };

/** The youngest find the words harder and skip more; parents notice promises kept or broken. */
function kindEffect(respondent: Respondent, tip: number): number {
  if (respondent.ageBand === "under8" && tip === 2) return -0.15;
  if (respondent.respondentKind === "parent" && tip === 7) return -0.05;
  if (respondent.respondentKind === "child" && tip === 6) return 0.04;
  return 0;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

export type TipModel = {
  /** One person's answers to every tip, in position order. `progress`: 0 at the year's start, 1 at its end. */
  answers(progress: number, month: number, team: DemoTeam, respondent: Respondent): TipAnswer[];
};

/** The model with its month-by-month wobble drawn once, so the order of later draws does not move it. */
export function tipModel(random: DemoRandom, months: number): TipModel {
  const wobble = Array.from({ length: months }, () => tipModels.map(() => 0.025 * random.gaussian()));
  return {
    answers(progress, month, team, respondent) {
      // How this person feels overall: some are happy with everything, some with nothing.
      const mood = 0.08 * random.gaussian();
      return tipModels.map((model, tip) => {
        const skip = model.skip + (respondent.ageBand === "under8" ? 0.12 : 0);
        if (random.chance(skip)) return "skipped";
        const start = model.yes[0];
        const trend = start + (model.yes[1] - start) * progress;
        const yes = clamp(
          trend + (teamEffects[team][tip] ?? 0) + kindEffect(respondent, tip) + (wobble[month]?.[tip] ?? 0) + mood,
          0.05,
          0.95,
        );
        const aBit = clamp(model.aBit, 0.03, 0.98 - yes);
        const draw = random.next();
        return draw < yes ? "yes" : draw < yes + aBit ? "aBit" : "no";
      });
    },
  };
}

/** 0–1: Yes 1, A bit ½, No 0, over the tips answered (skipped left out); null when all were skipped. */
export function satisfaction(answers: readonly TipAnswer[]): number | null {
  const answered = answers.filter((answer) => answer !== "skipped");
  if (answered.length === 0) return null;
  return answered.reduce((sum, answer) => sum + (answer === "yes" ? 1 : answer === "aBit" ? 0.5 : 0), 0) / answered.length;
}
