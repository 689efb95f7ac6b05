import { type SectionWords, sameWords } from "./draft";

/**
 * Autosave of a letter's draft. Every change is kept on this computer at once (localStorage),
 * then sent with `letters.saveDraft` once typing pauses, one save at a time, each saying the
 * revision it builds on. When no answer comes (no network, a busy server) the same words are
 * sent again later, and when the browser is back online: if they had arrived after all, the
 * server finds them already there, and only then do newer words follow. A save refused because
 * the letter was saved elsewhere stops here until the writer decides; nothing typed is dropped.
 */

export type SaveState =
  /** The server has what is on screen. */
  | "saved"
  /** Changed; sent once typing pauses. */
  | "waiting"
  | "saving"
  /** Not saved yet: kept on this computer, sent again later. */
  | "offline"
  /** Saved somewhere else since this screen last saved: the writer chooses whose words to keep. */
  | "conflict"
  /** The server said no (words too long, the letter sent for approval meanwhile). */
  | "refused";

export interface SaveStatus {
  state: SaveState;
  /** When the server last took these words. */
  savedAt: Date | null;
  /** What the server said, for "conflict" and "refused". */
  problem: unknown;
}

/** What a failed save means for the next one. */
export type SaveFailure = "network" | "conflict" | "refused";

/** The words kept on this computer, with the revision they build on. */
export interface LocalDraft {
  revision: number;
  sections: SectionWords[];
  keptAt: string;
}

export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** Where this computer keeps a version's unsaved words. */
export function localDraftKey(letterId: string, version: number): string {
  return `heard.staff.letterDraft.${letterId}.${version}`;
}

/** Where words that could not be saved are kept once the writer loads another version over them. */
export function keptWordsKey(letterId: string, version: number): string {
  return `${localDraftKey(letterId, version)}.kept`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/** The words kept under a key, or null (nothing there, storage refused, or not ours). */
export function readLocalDraft(storage: DraftStorage | null, key: string): LocalDraft | null {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (!isRecord(parsed) || typeof parsed.revision !== "number" || !Array.isArray(parsed.sections)) return null;
    const sections = parsed.sections.filter(
      (section): section is SectionWords => isRecord(section) && typeof section.key === "string" && typeof section.type === "string",
    );
    return { revision: parsed.revision, sections, keptAt: typeof parsed.keptAt === "string" ? parsed.keptAt : "" };
  } catch {
    return null;
  }
}

export function writeLocalDraft(storage: DraftStorage | null, key: string, draft: LocalDraft): void {
  try {
    storage?.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or refused: the words are still on screen and still sent.
  }
}

export function removeLocalDraft(storage: DraftStorage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to do: it was never kept.
  }
}

export interface AutosaveOptions {
  letterId: string;
  version: number;
  /** The revision the server had when the letter was opened, and its words. */
  revision: number;
  saved: SectionWords[];
  send: (input: { id: string; revision: number; sections: SectionWords[] }) => Promise<{ revision: number }>;
  classify: (error: unknown) => SaveFailure;
  storage: DraftStorage | null;
  onStatus: (status: SaveStatus) => void;
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  /** Wait before sending again after no answer. */
  retryMs?: number;
  now?: () => Date;
}

export interface Autosave {
  /** The words on screen now (those kept on this computer when the letter opened with unsaved ones). */
  words: () => SectionWords[];
  status: () => SaveStatus;
  edit: (words: SectionWords[]) => void;
  /** Saves now; true once the server has the words on screen. */
  flush: () => Promise<boolean>;
  /** Tries again now (the browser is back online). */
  retry: () => void;
  /** Carries on from the server's newer words; the words on screen go to the kept slot first. */
  rebase: (revision: number, saved: SectionWords[]) => void;
  /** Keeps the words on screen, saving them over the server's newer revision. */
  overwrite: (revision: number) => Promise<boolean>;
  dispose: () => void;
}

export function createAutosave(options: AutosaveOptions): Autosave {
  const delayMs = options.delayMs ?? 1500;
  const retryMs = options.retryMs ?? 10_000;
  const now = options.now ?? (() => new Date());
  const key = localDraftKey(options.letterId, options.version);
  let base = options.revision;
  let confirmed = options.saved;
  let current = options.saved;
  /** Words sent that no answer came back for: sent again first. */
  let unconfirmed: SectionWords[] | null = null;
  let inFlight: Promise<boolean> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  let status: SaveStatus = { state: "saved", savedAt: null, problem: null };

  const set = (next: Partial<SaveStatus>) => {
    status = { ...status, ...next };
    if (!disposed) options.onStatus(status);
  };
  const keep = () => writeLocalDraft(options.storage, key, { revision: base, sections: current, keptAt: now().toISOString() });
  const clearTimers = () => {
    clearTimeout(timer);
    clearTimeout(retryTimer);
    timer = undefined;
    retryTimer = undefined;
  };

  const run = (): Promise<boolean> => {
    if (inFlight) return inFlight;
    clearTimers();
    if (disposed || status.state === "conflict") return Promise.resolve(false);
    const words = unconfirmed ?? current;
    if (!unconfirmed && sameWords(current, confirmed)) {
      removeLocalDraft(options.storage, key);
      set({ state: "saved", problem: null });
      return Promise.resolve(true);
    }
    set({ state: "saving" });
    const attempt = async (): Promise<boolean> => {
      try {
        const result = await options.send({ id: options.letterId, revision: base, sections: words });
        base = result.revision;
        confirmed = words;
        unconfirmed = null;
      } catch (error) {
        const failure = options.classify(error);
        if (failure === "network") {
          unconfirmed = words;
          set({ state: "offline", problem: error });
          retryTimer = setTimeout(() => void run(), retryMs);
        } else set({ state: failure, problem: error });
        return false;
      } finally {
        inFlight = null;
      }
      if (sameWords(current, confirmed)) {
        removeLocalDraft(options.storage, key);
        set({ state: "saved", savedAt: now(), problem: null });
        return true;
      }
      // Typed on while it was saving: keep the newer words with the new revision, and send them.
      keep();
      status = { ...status, savedAt: now() };
      return run();
    };
    inFlight = attempt();
    return inFlight;
  };

  const restored = readLocalDraft(options.storage, key);
  if (restored && !sameWords(restored.sections, options.saved)) {
    current = restored.sections;
    // Built on what the server has: unsaved words, sent now. Built on an older revision: the letter
    // was saved elsewhere since, and the writer chooses.
    if (restored.revision === options.revision) {
      status = { ...status, state: "offline" };
      timer = setTimeout(() => void run(), 0);
    } else status = { ...status, state: "conflict" };
  } else if (restored) removeLocalDraft(options.storage, key);

  return {
    words: () => current,
    status: () => status,
    edit(words) {
      current = words;
      if (status.state === "conflict") {
        keep();
        return;
      }
      if (!unconfirmed && sameWords(current, confirmed) && !inFlight) {
        clearTimeout(timer);
        removeLocalDraft(options.storage, key);
        set({ state: "saved", problem: null });
        return;
      }
      keep();
      // Offline: the retry sends them; otherwise once typing pauses.
      if (status.state === "offline" && retryTimer !== undefined) return;
      if (status.state !== "saving") set({ state: "waiting", problem: null });
      clearTimeout(timer);
      timer = setTimeout(() => void run(), delayMs);
    },
    flush: async () => {
      const ok = await run();
      return ok && sameWords(current, confirmed);
    },
    retry() {
      if (status.state === "offline") void run();
    },
    rebase(revision, saved) {
      writeLocalDraft(options.storage, keptWordsKey(options.letterId, options.version), {
        revision: base,
        sections: current,
        keptAt: now().toISOString(),
      });
      clearTimers();
      base = revision;
      confirmed = saved;
      current = saved;
      unconfirmed = null;
      removeLocalDraft(options.storage, key);
      set({ state: "saved", problem: null });
    },
    overwrite(revision) {
      base = revision;
      unconfirmed = null;
      set({ state: "waiting", problem: null });
      return run();
    },
    dispose() {
      disposed = true;
      clearTimers();
    },
  };
}

/** What a refused save means: no answer or a busy server is sent again; a stale save waits for the writer; the rest is said. */
export function saveFailureOf(problem: { messageKey: string }): SaveFailure {
  if (["network", "server", "tooManyRequests", "rateLimited"].includes(problem.messageKey)) return "network";
  return problem.messageKey === "letterChangedElsewhere" ? "conflict" : "refused";
}
