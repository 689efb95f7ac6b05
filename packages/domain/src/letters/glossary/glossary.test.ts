import { describe, expect, it } from "vitest";
import { applySwap, defaultGlossary, type GlossaryEntry, glossaryMatcher } from "./index";

const en = glossaryMatcher(defaultGlossary.en, "en");
const found = (text: string, matcher = en) => matcher(text).map((m) => m.text);

describe("the default glossary", () => {
  it("has at least 150 English terms and about 40 Welsh and Arabic ones, each once, with a swap", () => {
    expect(defaultGlossary.en.length).toBeGreaterThanOrEqual(150);
    expect(defaultGlossary.cy.length).toBeGreaterThanOrEqual(40);
    expect(defaultGlossary.ar.length).toBeGreaterThanOrEqual(40);
    for (const [language, entries] of Object.entries(defaultGlossary)) {
      const terms = entries.map((e) => e.term.toLowerCase());
      expect(new Set(terms).size, language).toBe(terms.length);
      for (const entry of entries) expect(entry.swap.trim().length, entry.term).toBeGreaterThan(0);
    }
  });

  it("includes the terms children most often meet", () => {
    const terms = defaultGlossary.en.map((e) => e.term);
    for (const term of [
      "core group",
      "section 47",
      "LAC",
      "contact",
      "PLO",
      "initial child protection conference",
      "care plan",
      "placement",
    ])
      expect(terms).toContain(term);
    for (const term of ["IRO", "strategy meeting", "threshold", "safeguarding", "respite", "kinship care"]) expect(terms).toContain(term);
  });
});

describe("matching English", () => {
  it("finds whole words only", () => {
    expect(found("We talked about your placement.")).toEqual(["placement"]);
    expect(found("The contractor came. Lacking a plan is bad.")).toEqual([]);
  });

  it("finds any case, plurals and possessives", () => {
    expect(found("Placements can change. The CARE PLAN says so. Your carer's house.")).toEqual(["Placements", "CARE PLAN", "carer's"]);
    expect(found("Both agencies came, and the families.")).toEqual(["agencies"]);
    expect(found("The IROs met. The IRO’s report.")).toEqual(["IROs", "IRO’s"]);
  });

  it("finds acronyms in capitals only", () => {
    expect(found("You are LAC.")).toEqual(["LAC"]);
    expect(found("The lac on the table.")).toEqual([]);
  });

  it("prefers the longest term at each place", () => {
    const [match] = en("It was an initial child protection conference today.");
    expect(match).toMatchObject({ text: "initial child protection conference", term: "initial child protection conference" });
    expect(found("A review of the child protection plan, and child protection in general.")).toEqual([
      "child protection plan",
      "child protection",
    ]);
    expect(found("The core group meeting is on Monday.")).toEqual(["core group meeting"]);
    expect(found("This is a section 47 enquiry.")).toEqual(["section 47 enquiry"]);
    expect(found("There were section 47 enquiries.")).toEqual(["section 47 enquiries"]);
  });

  it("gives offsets the swap can use", () => {
    const text = "Your IRO will visit you in your placement.";
    const matches = en(text);
    expect(matches.map(({ start, end }) => [start, end])).toEqual([
      [5, 8],
      [32, 41],
    ]);
    const last = matches[1];
    if (!last) throw new Error("no match");
    expect(applySwap(text, last)).toBe("Your IRO will visit you in your where you live.");
    expect(defaultGlossary.en[last.entry]?.term).toBe("placement");
  });

  it("reads an organisation's own entries, forms and all", () => {
    const own: GlossaryEntry[] = [
      { term: "TAF", swap: "team around your family" },
      { term: "child", swap: "young person", forms: ["children"] },
    ];
    expect(found("The TAF met the children.", glossaryMatcher(own, "en"))).toEqual(["TAF", "children"]);
  });
});

describe("matching Welsh", () => {
  const cy = glossaryMatcher(defaultGlossary.cy, "cy");

  it("finds mutated forms", () => {
    // Soft, nasal and aspirate mutations of cynllun; the soft mutation of gofal drops its g.
    expect(found("Dyma dy gynllun gofal.", cy)).toEqual(["gynllun gofal"]);
    expect(found("Fy nghynllun gofal.", cy)).toEqual(["nghynllun gofal"]);
    expect(found("Ei chynllun gofal hi.", cy)).toEqual(["chynllun gofal"]);
    expect(found("Mae dy leoliad yn dda.", cy)).toEqual(["leoliad"]);
  });

  it("finds listed plurals and the longest term", () => {
    expect(found("Mae’r lleoliadau yn dda.", cy)).toEqual(["lleoliadau"]);
    expect(cy("Roedd y gynhadledd amddiffyn plant gychwynnol ddoe.")[0]?.term).toBe("cynhadledd amddiffyn plant gychwynnol");
  });
});

describe("matching Arabic", () => {
  const ar = glossaryMatcher(defaultGlossary.ar, "ar");

  it("finds terms with joined prefixes and without their article", () => {
    expect(found("تحدثنا عن الإهمال والإيداع.", ar)).toEqual(["الإهمال", "والإيداع"]);
    expect(found("سيحضر مسؤول المراجعة المستقل.", ar)).toEqual(["مسؤول المراجعة المستقل"]);
  });

  it("ignores the optional marks and letter variants, and takes the longest term", () => {
    expect(found("هذه خطّة حماية الطفل.", ar)).toEqual(["خطّة حماية الطفل"]);
    expect(found("هذا أمر إلزامي.", ar)).toEqual(["إلزامي"]);
  });
});
