import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./csv";

describe("csvField", () => {
  it("leaves plain text and numbers alone", () => {
    expect(csvField("On time")).toBe("On time");
    expect(csvField(42)).toBe("42");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
  });

  it("quotes commas, quotes and line breaks, doubling quotes", () => {
    expect(csvField("North, East")).toBe('"North, East"');
    expect(csvField('The "best" team')).toBe('"The ""best"" team"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rlf")).toBe('"cr\rlf"');
  });

  it("defeats formula injection with a leading apostrophe", () => {
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("+44 7700")).toBe("'+44 7700");
    expect(csvField("-2")).toBe("'-2");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tcmd")).toBe("'\tcmd");
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });
});

describe("toCsv", () => {
  it("writes a byte order mark, a header and CRLF lines", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["x", 1],
          ["y,z", null],
        ],
      ),
    ).toBe('\uFEFFa,b\r\nx,1\r\n"y,z",\r\n');
  });
});
