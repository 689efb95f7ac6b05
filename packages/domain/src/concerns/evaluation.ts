/** What measures the safeguarding screen, for the benchmarks: kept out of the apps' bundles. */
export { heldOutSet } from "./held-out";
export { labelledSet } from "./labelled-set";
export { type CategoryMeasure, type LevelMeasure, measureScreen, type ScreenMeasure } from "./measure";
