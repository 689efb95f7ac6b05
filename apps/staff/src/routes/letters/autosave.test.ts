import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  type AutosaveOptions,
  createAutosave,
  type DraftStorage,
  keptWordsKey,
  localDraftKey,
  readLocalDraft,
  type SaveFailure,
  type SaveState,
  saveFailureOf,
} from "./autosave";
import type { SectionWords } from "./draft";

const words = (text: string): SectionWords[] => [{ key: "letter", type: "text", text }];

/** localStorage as a Map. */
function memoryStorage(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

class NoAnswer extends Error {}
class Refusal extends Error {
  constructor(readonly failure: SaveFailure) {
    super(failure);
  }
}

/** A server that keeps a revision and the words, and can be told to give no answer. */
function fakeServer(revision = 0) {
  const server = {
    revision,
    words: words(""),
    offline: false,
    /** The save arrives, but its answer is lost on the way back. */
    loseAnswer: false,
    calls: [] as { revision: number; sections: SectionWords[] }[],
    async send(input: { revision: number; sections: SectionWords[] }) {
      server.calls.push({ revision: input.revision, sections: input.sections });
      if (server.offline) throw new NoAnswer();
      if (JSON.stringify(input.sections) !== JSON.stringify(server.words)) {
        if (input.revision !== server.revision) throw new Refusal("conflict");
        server.words = input.sections;
        server.revision += 1;
      }
      if (server.loseAnswer) {
        server.loseAnswer = false;
        throw new NoAnswer();
      }
      return { revision: server.revision };
    },
  };
  return server;
}

function setUp(overrides: Partial<AutosaveOptions> = {}) {
  const server = fakeServer();
  const storage = memoryStorage();
  const states: SaveState[] = [];
  const autosave = createAutosave({
    letterId: "l1",
    version: 1,
    revision: 0,
    saved: words(""),
    send: (input) => server.send(input),
    classify: (error) => (error instanceof Refusal ? error.failure : "network"),
    storage,
    onStatus: (status) => states.push(status.state),
    delayMs: 1000,
    retryMs: 5000,
    ...overrides,
  });
  return { server, storage, states, autosave, key: localDraftKey("l1", 1) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("autosave", () => {
  it("keeps each change on this computer at once and saves once typing pauses, with the revision", async () => {
    const { server, storage, states, autosave, key } = setUp();
    autosave.edit(words("H"));
    autosave.edit(words("Hello"));
    expect(readLocalDraft(storage, key)?.sections).toEqual(words("Hello"));
    expect(server.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.calls).toEqual([{ revision: 0, sections: words("Hello") }]);
    expect(autosave.status().state).toBe("saved");
    expect(states).toEqual(["waiting", "waiting", "saving", "saved"]);
    // Saved: nothing left to keep here.
    expect(storage.map.has(key)).toBe(false);
    autosave.edit(words("Hello Sam"));
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.calls.at(-1)).toEqual({ revision: 1, sections: words("Hello Sam") });
  });

  it("sends what was typed during a save afterwards, with the new revision", async () => {
    const { server, autosave } = setUp();
    autosave.edit(words("One"));
    await vi.advanceTimersByTimeAsync(1000);
    autosave.edit(words("One two"));
    const saving = autosave.flush();
    autosave.edit(words("One two three"));
    await saving;
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.words).toEqual(words("One two three"));
    expect(server.calls.map((c) => c.revision)).toEqual([0, 1, 2]);
    expect(autosave.status().state).toBe("saved");
  });

  it("without a network says the words are kept here, and sends them again later and when back online", async () => {
    const { server, storage, autosave, key } = setUp();
    server.offline = true;
    autosave.edit(words("Kept"));
    await vi.advanceTimersByTimeAsync(1000);
    expect(autosave.status().state).toBe("offline");
    expect(readLocalDraft(storage, key)?.sections).toEqual(words("Kept"));
    // Still offline at the next try.
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.calls).toHaveLength(2);
    server.offline = false;
    autosave.retry();
    await vi.runAllTimersAsync();
    expect(server.words).toEqual(words("Kept"));
    expect(autosave.status().state).toBe("saved");
    expect(storage.map.has(key)).toBe(false);
  });

  it("sends the same words again after a lost answer before newer ones, so no save is refused as stale", async () => {
    const { server, autosave } = setUp();
    server.loseAnswer = true;
    autosave.edit(words("First"));
    await vi.advanceTimersByTimeAsync(1000);
    expect(autosave.status().state).toBe("offline");
    expect(server.revision).toBe(1); // it arrived
    autosave.edit(words("First and more"));
    await vi.advanceTimersByTimeAsync(5000);
    await vi.runAllTimersAsync();
    expect(server.calls.map((c) => [c.revision, c.sections[0]])).toEqual([
      [0, words("First")[0]],
      [0, words("First")[0]],
      [1, words("First and more")[0]],
    ]);
    expect(autosave.status().state).toBe("saved");
    expect(server.words).toEqual(words("First and more"));
  });

  it("stops at a save refused as stale, keeps the words here, and lets the writer choose", async () => {
    const { server, storage, autosave, key } = setUp();
    server.words = words("Written elsewhere");
    server.revision = 3;
    autosave.edit(words("Mine"));
    await vi.advanceTimersByTimeAsync(1000);
    expect(autosave.status().state).toBe("conflict");
    autosave.edit(words("Mine, still typing"));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.calls).toHaveLength(1);
    expect(readLocalDraft(storage, key)?.sections).toEqual(words("Mine, still typing"));

    // Keeping mine saves them over the newer revision.
    expect(await autosave.overwrite(3)).toBe(true);
    expect(server.words).toEqual(words("Mine, still typing"));
  });

  it("loading the newer version puts the words on screen in the kept slot first", async () => {
    const { server, storage, autosave } = setUp();
    server.words = words("Written elsewhere");
    server.revision = 3;
    autosave.edit(words("Mine"));
    await vi.advanceTimersByTimeAsync(1000);
    autosave.rebase(3, words("Written elsewhere"));
    expect(autosave.status().state).toBe("saved");
    expect(autosave.words()).toEqual(words("Written elsewhere"));
    expect(readLocalDraft(storage, keptWordsKey("l1", 1))?.sections).toEqual(words("Mine"));
  });

  it("opens with unsaved words kept here: sends them when they build on the server's revision, asks when not", async () => {
    const storage = memoryStorage();
    const key = localDraftKey("l1", 1);
    storage.setItem(key, JSON.stringify({ revision: 0, sections: words("Unsaved"), keptAt: "" }));
    const fresh = setUp({ storage });
    expect(fresh.autosave.words()).toEqual(words("Unsaved"));
    expect(fresh.autosave.status().state).toBe("offline");
    await vi.runAllTimersAsync();
    expect(fresh.server.words).toEqual(words("Unsaved"));

    storage.setItem(key, JSON.stringify({ revision: 0, sections: words("Old"), keptAt: "" }));
    const stale = setUp({ storage, revision: 2, saved: words("Newer") });
    expect(stale.autosave.words()).toEqual(words("Old"));
    expect(stale.autosave.status().state).toBe("conflict");

    // The same words as the server's: nothing to keep.
    storage.setItem(key, JSON.stringify({ revision: 0, sections: words("Same"), keptAt: "" }));
    const same = setUp({ storage, revision: 1, saved: words("Same") });
    expect(same.autosave.status().state).toBe("saved");
    expect(storage.map.has(key)).toBe(false);
  });

  it("tries again after a refusal once the words change (a sentence too long, fixed)", async () => {
    const { server, autosave } = setUp({
      send: async (input) => {
        if (input.sections[0]?.type === "text" && input.sections[0].text.length > 5) throw new Refusal("refused");
        return server.send(input);
      },
    });
    autosave.edit(words("Too long"));
    await vi.advanceTimersByTimeAsync(1000);
    expect(autosave.status().state).toBe("refused");
    autosave.edit(words("Short"));
    expect(autosave.status().state).toBe("waiting");
    await vi.advanceTimersByTimeAsync(1000);
    expect(autosave.status().state).toBe("saved");
  });

  it("goes back to saved when the words are changed back, and ignores storage it cannot read", () => {
    const storage = memoryStorage();
    storage.setItem(localDraftKey("l1", 1), "{not json");
    const { autosave, server } = setUp({ storage });
    expect(autosave.status().state).toBe("saved");
    autosave.edit(words("x"));
    autosave.edit(words(""));
    expect(autosave.status().state).toBe("saved");
    expect(server.calls).toHaveLength(0);
  });
});

describe("a failed save", () => {
  it("is sent again after no answer or a busy server, waits for the writer when stale, and is said otherwise", () => {
    expect(["network", "server", "tooManyRequests", "rateLimited"].map((messageKey) => saveFailureOf({ messageKey }))).toEqual([
      "network",
      "network",
      "network",
      "network",
    ]);
    expect(saveFailureOf({ messageKey: "letterChangedElsewhere" })).toBe("conflict");
    expect(saveFailureOf({ messageKey: "letterSent" })).toBe("refused");
    expect(saveFailureOf({ messageKey: "tooLong" })).toBe("refused");
  });
});
