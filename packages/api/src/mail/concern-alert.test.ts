import { describe, expect, it } from "vitest";
import { concernAlertMail } from "./concern-alert";

describe("concernAlertMail", () => {
  const alert = {
    concernId: "1b4e28ba-2fa1-41d2-883f-0016d3cca427",
    reason: "screened" as const,
    categories: ["immediateDanger", "abuse"],
    raisedAt: new Date("2026-03-02T10:00:00Z"),
    acknowledgeBy: new Date("2026-03-02T11:00:00Z"),
    meetingType: "coreGroup" as const,
    heldOn: "2026-03-01",
    teamName: "North",
    publicUrl: "https://heard.example.gov.uk/",
  };

  it("says a concern was raised, where to open it and by when, in plain words", async () => {
    const mail = await concernAlertMail("safeguarding@example.gov.uk", alert);
    expect(mail.to).toBe("safeguarding@example.gov.uk");
    expect(mail.subject).toBe("Heard: a safeguarding concern was raised");
    expect(mail.text).toContain(`https://heard.example.gov.uk/staff/concerns/${alert.concernId}`);
    expect(mail.text).toContain("core group meeting held on 2026-03-01, team North");
    expect(mail.text).toContain("immediate danger, abuse");
    expect(mail.text).toContain("2026-03-02T11:00:00.000Z");
    expect(mail.text).toMatch(/does not contain what the person wrote/);
  });

  it("has its own subject for a request to be contacted", async () => {
    const mail = await concernAlertMail("s@example.gov.uk", { ...alert, reason: "contactRequested", categories: [] });
    expect(mail.subject).toBe("Heard: a family member asked to be contacted");
    expect(mail.text).not.toContain("What it may be about");
  });

  it("says when the words were an answer to a letter, with no meeting when it came from none", async () => {
    const mail = await concernAlertMail("s@example.gov.uk", {
      ...alert,
      source: "letter",
      reason: "contactRequested",
      categories: [],
      meetingType: null,
      heldOn: null,
    });
    expect(mail.text).toContain("said they want to talk to someone after reading a letter");
    expect(mail.text).toContain("A reply to a letter from team North");
    expect(mail.text).not.toContain("held on");
  });
});
