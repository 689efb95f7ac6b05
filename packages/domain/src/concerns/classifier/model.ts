import { type ConcernCategory, concernCategories } from "../categories";
import { featuresOf } from "./features";

/**
 * A naive Bayes text classifier over the labelled set, shipped as data (./weights.ts, made by
 * `trainClassifier`): for each feature, how much more often it appears in harmful sentences
 * than in ordinary ones, and in each category than in the others. It only ever adds review
 * items: what it hears is a person's to judge.
 */
export interface ClassifierModel {
  /** Score above which a text is worth a look. */
  threshold: number;
  bias: number;
  /** Feature -> log ratio of harmful to ordinary. */
  harm: Readonly<Record<string, number>>;
  /** Category -> feature -> log ratio; the highest sum names the category. */
  categories: Readonly<Partial<Record<ConcernCategory, Readonly<Record<string, number>>>>>;
  categoryBias: Readonly<Partial<Record<ConcernCategory, number>>>;
}

export interface ClassifierVerdict {
  score: number;
  worthALook: boolean;
  category: ConcernCategory;
}

export function classify(model: ClassifierModel, text: string, vocabulary?: ReadonlySet<string>): ClassifierVerdict {
  const features = featuresOf(text, vocabulary);
  let score = model.bias;
  for (const feature of features) score += model.harm[feature] ?? 0;
  let best: ConcernCategory = "otherWorry";
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const category of concernCategories) {
    const weights = model.categories[category];
    if (!weights) continue;
    let sum = model.categoryBias[category] ?? 0;
    for (const feature of features) sum += weights[feature] ?? 0;
    if (sum > bestScore) {
      bestScore = sum;
      best = category;
    }
  }
  return { score, worthALook: features.size > 0 && score > model.threshold, category: best };
}
