import { normaliseForScreen, sentenceBreak } from "../normalise";

/**
 * The features the classifier reads: the screen's folded words, pairs of neighbouring words,
 * and the first five letters of longer words (so "scaredd", "frightening" and Welsh or Arabic
 * words with endings attached meet their relatives). Each counts once per text.
 */
export function featuresOf(text: string, vocabulary?: ReadonlySet<string>): Set<string> {
  const words = normaliseForScreen(text, vocabulary);
  const features = new Set<string>();
  let previous: string | null = null;
  for (const word of words) {
    if (word === sentenceBreak) {
      previous = null;
      continue;
    }
    features.add(word);
    if (word.length > 5) features.add(`${word.slice(0, 5)}~`);
    if (previous !== null) features.add(`${previous} ${word}`);
    previous = word;
  }
  return features;
}
