/**
 * A naive Bayes classifier over the development sentences, shipped as data (./weights.json,
 * made by `trainClassifier`): for each feature, how much more often it appears in harmful
 * sentences than in ordinary ones. It only ever adds review items, and only where the rules
 * found nothing: what it hears is a person's to judge, never an alert.
 */
export interface ClassifierModel {
  /** Score above which a text is worth a look (chosen by cross-validation on the development sentences). */
  threshold: number;
  /** Log odds of harmful before any feature. */
  bias: number;
  /** Feature -> log ratio of its rate in harmful and in ordinary sentences. */
  weights: Readonly<Record<string, number>>;
}

export function classifierScore(model: ClassifierModel, features: ReadonlySet<string>): number {
  let score = model.bias;
  for (const feature of features) score += model.weights[feature] ?? 0;
  return score;
}

export function worthALook(model: ClassifierModel, features: ReadonlySet<string>): boolean {
  return features.size > 0 && classifierScore(model, features) > model.threshold;
}
