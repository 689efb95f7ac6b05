import { type Problem, problemOf } from "@heard/client";
import { isStaffRole, type StaffRole } from "@heard/domain";
import { useQueryClient } from "@tanstack/solid-query";
import { type Accessor, batch, createContext, createEffect, createSignal, type JSX, on, useContext } from "solid-js";
import type { SignInReason } from "../components/paths";
import { savedLanguage, useI18n } from "./i18n";
import { api, type Me } from "./trpc";

/** A signed-in member of staff. */
export type StaffUser = Me & { role: StaffRole };

export interface Session {
  /** The signed-in member of staff, or null. (A family session does not count here.) */
  user: Accessor<StaffUser | null>;
  /** True until the first answer to "who is signed in?" arrives. */
  loading: Accessor<boolean>;
  /** Set when "who is signed in?" could not be asked (network); `retry` asks again. */
  error: Accessor<Problem | null>;
  /** Why the last session here ended, for the sign-in page ("expired", "signedOut"); null after a sign-in. */
  endReason: Accessor<SignInReason | null>;
  retry: () => void;
  /** Signs in; resolves once the app knows who is signed in. Throws what the API threw. */
  signIn: (email: string, password: string) => Promise<StaffUser | null>;
  /** Sets the password of an account from its one-time link, which signs in. Throws what the API threw. */
  activate: (code: string, password: string) => Promise<StaffUser | null>;
  /** Learns who has just signed in, with a fresh cache. */
  signedIn: () => Promise<StaffUser | null>;
  /** Signs out here. Resolves if the session had already ended; throws when the server cannot be reached. */
  signOut: () => Promise<void>;
  /** Forgets the user without asking the server (the server said the session has gone). */
  forget: (reason: SignInReason) => void;
}

const SessionContext = createContext<Session>();

function asStaff(me: Me | null | undefined): StaffUser | null {
  return me && isStaffRole(me.role) ? (me as StaffUser) : null;
}

export function SessionProvider(props: { children: JSX.Element }) {
  const { changeLanguage } = useI18n();
  // Answers belong to whoever asked: a new person (or nobody) starts with an empty cache.
  const queryClient = useQueryClient();
  const [user, setUser] = createSignal<StaffUser | null>(null);
  const [loading, setLoading] = createSignal(true);
  const [error, setError] = createSignal<Problem | null>(null);
  const [endReason, setEndReason] = createSignal<SignInReason | null>(null);

  const load = async () => {
    batch(() => {
      setLoading(true);
      setError(null);
    });
    try {
      const me = await api.auth.me.query();
      batch(() => {
        setUser(asStaff(me));
        setLoading(false);
      });
    } catch (thrown) {
      batch(() => {
        setError(problemOf(thrown));
        setLoading(false);
      });
    }
  };
  void load();

  // Follow the account's language unless this device has an explicit choice; then tell the
  // account about that choice, so it follows the person to other devices.
  createEffect(
    on(
      () => user()?.id,
      () => {
        const current = user();
        if (!current) return;
        const onThisDevice = savedLanguage();
        if (onThisDevice && onThisDevice !== current.preferredLanguage) {
          api.auth.setLanguage.mutate({ language: onThisDevice }).catch(() => {});
        } else if (!onThisDevice) {
          void changeLanguage(current.preferredLanguage);
        }
      },
    ),
  );

  const session: Session = {
    user,
    loading,
    error,
    endReason,
    retry: () => void load(),
    async signIn(email, password) {
      await api.auth.staffSignIn.mutate({ email, password });
      return session.signedIn();
    },
    async activate(code, password) {
      await api.auth.staffActivate.mutate({ code, password });
      return session.signedIn();
    },
    async signedIn() {
      const me = asStaff(await api.auth.me.query());
      queryClient.clear();
      batch(() => {
        setEndReason(null);
        setError(null);
        setUser(me);
      });
      return me;
    },
    async signOut() {
      try {
        await api.auth.signOut.mutate();
      } catch (thrown) {
        // Already signed out is fine; anything else (the network) the caller shows.
        if (problemOf(thrown).code !== "UNAUTHORIZED") throw thrown;
      }
      session.forget("signedOut");
    },
    forget(reason) {
      queryClient.clear();
      batch(() => {
        setEndReason(reason);
        setUser(null);
      });
    },
  };

  return <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const context = useContext(SessionContext);
  if (!context) throw new Error("useSession outside SessionProvider");
  return context;
}
