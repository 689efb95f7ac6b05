import { type ConcernCategory, concernCategories } from "../categories";
import type { LabelledSentence } from "../measure";
import { featuresOf } from "./features";
import type { ClassifierModel } from "./model";

/** Features seen fewer times than this are noise in a set this small. */
const minimumCount = 2;
const smoothing = 0.5;
const round = (value: number) => Math.round(value * 1000) / 1000;

function logRatios(
  inClass: Map<string, number>,
  outClass: Map<string, number>,
  classSize: number,
  otherSize: number,
  features: Iterable<string>,
) {
  const weights: Record<string, number> = {};
  for (const feature of features) {
    const a = ((inClass.get(feature) ?? 0) + smoothing) / (classSize + 2 * smoothing);
    const b = ((outClass.get(feature) ?? 0) + smoothing) / (otherSize + 2 * smoothing);
    const weight = round(Math.log(a / b));
    if (weight !== 0) weights[feature] = weight;
  }
  return weights;
}

function count(sets: readonly Set<string>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const set of sets) for (const feature of set) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  return counts;
}

/**
 * Trains the classifier on labelled sentences. Deterministic: the same set gives the same
 * model, which a test checks against the shipped one. `threshold` is chosen by the caller (by
 * cross-validation on the same set, never on the held-out one).
 */
export function trainClassifier(set: readonly LabelledSentence[], threshold: number): ClassifierModel {
  const featured = set.map((sentence) => ({ sentence, features: featuresOf(sentence.text) }));
  const harmful = featured.filter(({ sentence }) => sentence.expected.length > 0).map(({ features }) => features);
  const ordinary = featured.filter(({ sentence }) => sentence.expected.length === 0).map(({ features }) => features);
  const all = count([...harmful, ...ordinary]);
  const kept = [...all]
    .filter(([, n]) => n >= minimumCount)
    .map(([feature]) => feature)
    .sort();
  const harm = logRatios(count(harmful), count(ordinary), harmful.length, ordinary.length, kept);
  const categories: Partial<Record<ConcernCategory, Record<string, number>>> = {};
  const categoryBias: Partial<Record<ConcernCategory, number>> = {};
  for (const category of concernCategories) {
    const inside = featured.filter(({ sentence }) => sentence.expected.includes(category)).map(({ features }) => features);
    const outside = featured
      .filter(({ sentence }) => sentence.expected.length > 0 && !sentence.expected.includes(category))
      .map(({ features }) => features);
    if (inside.length === 0) continue;
    categories[category] = logRatios(count(inside), count(outside), inside.length, outside.length, kept);
    categoryBias[category] = round(Math.log(inside.length / harmful.length));
  }
  return { threshold, bias: round(Math.log(harmful.length / ordinary.length)), harm, categories, categoryBias };
}
