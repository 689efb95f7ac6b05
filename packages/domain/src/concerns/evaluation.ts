/** What measures and trains the safeguarding screen, for the benchmarks and tools: kept out of the apps' bundles. */
export { featuresOf } from "./classifier/features";
export { trainClassifier } from "./classifier/train";
export { heldOutSet } from "./held-out";
export { labelledSet } from "./labelled-set";
export { type CategoryMeasure, type LevelMeasure, measureScreen, type ScreenMeasure } from "./measure";
export { screenedWords } from "./screen";
