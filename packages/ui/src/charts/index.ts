/**
 * Charts of plain SVG for every area that shows figures (results, letters, messages, surveys):
 * small multiples over time, a shaded table, 100% stacked bars. Each is a figure with a caption
 * and its numbers in a table; hidden figures read "Fewer than N"; right to left, time runs right
 * to left. They take their words and number formatting from the page. Their styles are
 * `@heard/ui/charts.css`, imported once by an app that shows charts (the family app does not).
 */
export { CellText, ChartFigure, type ChartFigureProps, type ChartHeading, ChartTable, NoneText, SuppressedText } from "./ChartFigure";
export { type HeatRow, HeatTable, type HeatTableProps, type HeatTableText } from "./HeatTable";
export { lastShown, lineRuns, pathThrough } from "./line";
export { contrastRatio, heatSteps, relativeLuminance, type StackTone, shadeStep, stackTones, stepRanges } from "./palette";
export { type StackCategory, StackedBars, type StackedBarsProps, type StackFigures, type StackRow } from "./StackedBars";
export { bandCentres, bandedExtent, linearScale, niceExtent, numbersOf } from "./scale";
export { insideLabelPixels, minInsideLabel, minInsideShare, type StackSegment, stackSegments } from "./stack";
export { TrendChart, type TrendChartProps, type TrendChartText, type TrendSeries } from "./TrendChart";
export type { ChartCell, ChartColumn, ChartDirection, ChartSeries, ChartText } from "./types";
