/**
 * Trains the safeguarding screen's classifier on the development sentences and writes its
 * weights into packages/domain (the model ships as data). Run it after changing the
 * development sentences, the idioms or the signals' words:
 *
 *   pnpm --filter @heard/bench train-screen
 *
 * Never trains on the held-out set.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { featuresOf, labelledSet, screenedWords, trainClassifier } from "@heard/domain/screen-evaluation";

const model = trainClassifier(labelledSet.map((sentence) => ({ sentence, features: featuresOf(screenedWords(sentence.text)) })));
const file = fileURLToPath(new URL("../../domain/src/concerns/classifier/weights.json", import.meta.url));
writeFileSync(file, `${JSON.stringify(model, null, 2)}\n`);
console.log(`wrote ${Object.keys(model.weights).length} weights from ${labelledSet.length} sentences to ${file}`);
