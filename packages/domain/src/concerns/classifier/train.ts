import type { LabelledSentence } from "../measure";
import type { ClassifierModel } from "./model";

/** Features seen fewer times than this are noise in a set this small. */
const minimumCount = 2;
const smoothing = 0.5;
const round = (value: number) => Math.round(value * 1000) / 1000;

/** The score above which a text is worth a look: chosen by five-fold cross-validation so that about 97% of ordinary development sentences stay quiet. */
export const classifierThreshold = 4;

function count(sets: readonly ReadonlySet<string>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const set of sets) for (const feature of set) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  return counts;
}

/**
 * Trains the classifier on labelled sentences, each given as its features. Deterministic: the
 * same sentences give the same model, which a test checks against the shipped one.
 */
export function trainClassifier(
  sentences: readonly { features: ReadonlySet<string>; sentence: LabelledSentence }[],
  threshold = classifierThreshold,
): ClassifierModel {
  const harmful = sentences.filter(({ sentence }) => sentence.expected.length > 0).map(({ features }) => features);
  const ordinary = sentences.filter(({ sentence }) => sentence.expected.length === 0).map(({ features }) => features);
  const inHarmful = count(harmful);
  const inOrdinary = count(ordinary);
  const weights: Record<string, number> = {};
  const features = [...new Set([...inHarmful.keys(), ...inOrdinary.keys()])].sort();
  for (const feature of features) {
    const a = inHarmful.get(feature) ?? 0;
    const b = inOrdinary.get(feature) ?? 0;
    if (a + b < minimumCount) continue;
    const weight = round(
      Math.log((a + smoothing) / (harmful.length + 2 * smoothing) / ((b + smoothing) / (ordinary.length + 2 * smoothing))),
    );
    if (weight !== 0) weights[feature] = weight;
  }
  return { threshold, bias: round(Math.log(harmful.length / ordinary.length)), weights };
}
