import { sentenceBreak } from "../normalise";

/** Stands in for words an idiom used up (the screen replaces them with it): no feature crosses one. */
export const usedUp = "\u0000";

/**
 * Words that carry no harm by themselves in any of the three languages: alone or in pairs of
 * them, they would let the classifier learn how a sentence is put, not what it says.
 */
const functionWords = new Set(
  (
    "i me my im mine you your he him his she her it its we us our they them their a an the and or but if so to of in on at for with from by " +
    "is am are was were be ben being have has had do does did not no can wil would could should just al what when why how that this there here " +
    "then than too very realy about up out get got go going as one some any more much" +
    " yn y yr a ac i fi mi ti fe fo hi ni chi nhw ar am o gyda efo wedi mae roedd dwi ddim dim ond ac neu" +
    " في من على الى عن ان انا انت هو هي هم ما لا مش و او بس كان"
  ).split(" "),
);

/**
 * The features the classifier reads, from the screen's own folded words: each word that is not
 * a function word, pairs of neighbouring words with one that is not, and the first five letters
 * of longer words (so "frightening" meets
 * "frightened", and Welsh and Arabic words meet their forms with endings). Each counts once.
 */
export function featuresOf(words: readonly string[]): Set<string> {
  const features = new Set<string>();
  let previous: string | null = null;
  for (const word of words) {
    if (word === sentenceBreak || word === usedUp) {
      previous = null;
      continue;
    }
    const content = !functionWords.has(word);
    if (content) features.add(word);
    if (content && word.length > 5) features.add(`${word.slice(0, 5)}~`);
    if (previous !== null && (content || !functionWords.has(previous))) features.add(`${previous} ${word}`);
    previous = word;
  }
  return features;
}
