import { describe, expect, it } from "vitest";
import { parseUnicodeRanges, subsetOf, woffToSfnt } from "./pdf-fonts";
import { breakLines, type Run, visualRuns } from "./pdf-text";

const ranges = {
  latin: parseUnicodeRanges("U+0000-00FF,U+0131,U+2000-206F"),
  latinExt: parseUnicodeRanges("U+0100-02BA,U+1E00-1E9F,U+1EF2-1EFF"),
  arabic: parseUnicodeRanges("U+0600-06FF,U+0750-077F,U+FB50-FDFF,U+FE70-FEFC"),
};
const subset = (codePoint: number) => subsetOf(codePoint, ranges);
/** Every character 5 points wide. */
const measure = (run: Run) => [...run.text].length * 5;
const shown = (runs: Run[]) => runs.map((run) => `${run.mode}:${run.text}`);

describe("the order of runs on a line", () => {
  it("keeps an English line as it is, Welsh ŵ and ŷ in the Latin Extended file", () => {
    expect(shown(visualRuns("Mae dŵr yn y tŷ.", "ltr", subset))).toEqual([
      "plain:Mae d",
      "plain:ŵ",
      "plain:r yn y t",
      "plain:ŷ",
      "plain:.",
    ]);
    expect(visualRuns("dŵr", "ltr", subset).map((run) => run.subset)).toEqual(["latin", "latinExt", "latin"]);
  });

  it("places Arabic words right to left, each shaped on its own", () => {
    // Logical "من حضر": the first word is drawn rightmost.
    expect(shown(visualRuns("من حضر", "rtl", subset))).toEqual(["shaped:حضر", "plain: ", "shaped:من"]);
  });

  it("keeps a Latin name, a phone number and a date in their own order inside Arabic", () => {
    expect(shown(visualRuns("من Jo Bloggs", "rtl", subset))).toEqual(["plain:Jo Bloggs", "plain: ", "shaped:من"]);
    expect(shown(visualRuns("رقم هاتفها 01234 567890.", "rtl", subset))).toEqual([
      "plain:.",
      "plain:01234 567890",
      "plain: ",
      "shaped:هاتفها",
      "plain: ",
      "shaped:رقم",
    ]);
    expect(shown(visualRuns("في 3 مارس 2026", "rtl", subset))).toEqual([
      "plain:2026",
      "plain: ",
      "shaped:مارس",
      "plain: ",
      "plain:3",
      "plain: ",
      "shaped:في",
    ]);
  });

  it("mirrors brackets and keeps Arabic-Indic digits left to right", () => {
    expect(shown(visualRuns("(يوم الاثنين)", "rtl", subset))).toEqual(["plain:(", "shaped:الاثنين", "plain: ", "shaped:يوم", "plain:)"]);
    expect(shown(visualRuns("يوم ٢٠٢٦", "rtl", subset))).toEqual(["glyphs:٢٠٢٦", "plain: ", "shaped:يوم"]);
  });

  it("numbers a step as Arabic does: the full stop on the left", () => {
    expect(shown(visualRuns("1.", "rtl", subset))).toEqual(["plain:.", "plain:1"]);
    expect(shown(visualRuns("1.", "ltr", subset))).toEqual(["plain:1."]);
  });

  it("drops invisible direction marks", () => {
    expect(visualRuns("\u200fمن\u200e", "rtl", subset).map((run) => run.text)).toEqual(["من"]);
  });

  it("puts an Arabic phrase inside an English line in its own order", () => {
    expect(shown(visualRuns("Say من حضر please", "ltr", subset))).toEqual([
      "plain:Say ",
      "shaped:حضر",
      "plain: ",
      "shaped:من",
      "plain: please",
    ]);
  });
});

describe("breaking a paragraph into lines", () => {
  it("breaks at spaces, no line wider than the column", () => {
    const lines = breakLines("one two three four five six", 50, "ltr", measure, subset);
    expect(lines.map((line) => line.runs.map((run) => run.text).join(""))).toEqual(["one two", "three four", "five six"]);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(50);
  });

  it("cuts a word longer than the column, and gives no lines for nothing", () => {
    const lines = breakLines("https://heard.example/a-very-long-link", 50, "ltr", measure, subset);
    expect(lines.map((line) => line.runs.map((run) => run.text).join(""))).toEqual(["https://he", "ard.exampl", "e/a-very-l", "ong-link"]);
    expect(breakLines("   ", 50, "ltr", measure, subset)).toEqual([]);
  });

  it("places runs one after another from the left edge", () => {
    const [line] = breakLines("من Jo", 100, "rtl", measure, subset);
    expect(line?.runs.map((run) => [run.text, run.x, run.width])).toEqual([
      ["Jo", 0, 10],
      [" ", 10, 5],
      ["من", 15, 10],
    ]);
  });
});

describe("unpacking a WOFF font", () => {
  it("writes the tables of a WOFF file as an OpenType font, inflating those that were packed", async () => {
    const { deflateSync } = await import("node:zlib");
    const table = Buffer.from("hello font table ".repeat(20), "utf8");
    const packed = deflateSync(table);
    const woff = Buffer.alloc(44 + 20 + packed.length);
    woff.writeUInt32BE(0x774f4646, 0);
    woff.writeUInt32BE(0x00010000, 4);
    woff.writeUInt16BE(1, 12);
    woff.writeUInt32BE(0x74657374, 44); // "test"
    woff.writeUInt32BE(64, 48);
    woff.writeUInt32BE(packed.length, 52);
    woff.writeUInt32BE(table.length, 56);
    woff.writeUInt32BE(1234, 60);
    packed.copy(woff, 64);
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
    expect(sfnt.readUInt16BE(4)).toBe(1);
    expect(sfnt.readUInt32BE(12)).toBe(0x74657374);
    expect(sfnt.readUInt32BE(16)).toBe(1234);
    const offset = sfnt.readUInt32BE(20);
    expect(sfnt.subarray(offset, offset + sfnt.readUInt32BE(24)).toString("utf8")).toBe("hello font table ".repeat(20));
    expect(sfnt.length % 4).toBe(0);
    expect(() => woffToSfnt(Buffer.alloc(44))).toThrow("not a WOFF file");
  });
});
