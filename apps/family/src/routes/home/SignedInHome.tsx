import { problemOf } from "@heard/client";
import { createSignal, Show } from "solid-js";
import { errorText, loadNamespaces, t } from "../../i18n";
import { signOut } from "../../session";
import { announce, leaveNotice, takeNotice } from "../../shell/announcer";
import { Page } from "../../shell/Page";
import type { Person } from "../../trpc";
import { features } from "../features";
import { FeatureList, SavedFeedback } from "./Features";
import { Notice } from "./Notice";
import { HelpCard } from "./Welcome";

export interface SignedInHomeProps {
  person: Person;
}

/** Signed in: hello, the things there are to do, and signing out. */
export function SignedInHome(props: SignedInHomeProps) {
  const [signingOut, setSigningOut] = createSignal(false);
  const [problem, setProblem] = createSignal<string | null>(null);

  const leave = async () => {
    setSigningOut(true);
    setProblem(null);
    try {
      leaveNotice(t("auth:signedOut"));
      await signOut();
    } catch (error) {
      takeNotice();
      // The error messages are fetched only when needed: most visits never need them.
      const message = (await loadNamespaces(["errors"])) ? errorText(problemOf(error).messageKey) : t("states.error");
      setProblem(message);
      announce(message);
    } finally {
      setSigningOut(false);
    }
  };

  return (
    <Page title={t("home:greeting", { name: props.person.displayName })}>
      <Notice />
      <SavedFeedback />
      <Show when={features.length > 0} fallback={<p class="lead">{t("home:nothingYet")}</p>}>
        <p class="lead">{t("home:intro")}</p>
        <FeatureList />
      </Show>
      <HelpCard />
      <div class="stack stack--s">
        <p class="muted">{t("auth:signedInAs", { name: props.person.username ?? props.person.displayName })}</p>
        <Show when={problem()}>
          <p class="field__error">{problem()}</p>
        </Show>
        {/* A plain button, not @heard/ui's Button: this screen stays free of Kobalte (bundle budget). */}
        <button
          type="button"
          class="btn btn--secondary btn--block"
          aria-disabled={signingOut() || undefined}
          onClick={() => {
            if (!signingOut()) void leave();
          }}
        >
          {t("auth:signOut")}
        </button>
      </div>
    </Page>
  );
}
