import { describe, expect, it } from "vitest";
import { safeQrSvg } from "./format";

describe("safeQrSvg", () => {
  const qr = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29"><path stroke="#000" d="M2 2h7"/></svg>\n';

  it("passes the SVG our server makes", () => {
    expect(safeQrSvg(qr)).toBe(qr.trim());
  });

  it("refuses anything else", () => {
    for (const bad of [
      "",
      null,
      undefined,
      "<div>hi</div>",
      "<img src=x onerror=alert(1)>",
      "<svg><script>alert(1)</script></svg>",
      '<svg onload="alert(1)"></svg>',
      "<svg><foreignObject><div/></foreignObject></svg>",
      '<svg><a href="javascript:alert(1)"><path/></a></svg>',
      '<svg><image href="https://tracker.example/x.png"/></svg>',
    ]) {
      expect(safeQrSvg(bad), String(bad)).toBeNull();
    }
  });
});
