import { ApiError, type Problem, problemOf } from "@heard/client";
import { A } from "@solidjs/router";
import { errorText, loadNamespaces, t } from "../../i18n";
import { Page } from "../../shell/Page";

/** Letters are for a signed-in family member: anyone else is asked to sign in first. */
export function SignInFirst() {
  return (
    <Page title={t("myLetters:list.title")}>
      <p class="lead">{t("myLetters:signIn.body")}</p>
      <A href="/sign-in" class="btn btn--primary btn--block">
        {t("myLetters:signIn.action")}
      </A>
    </Page>
  );
}

/**
 * A call that the server refused, as a problem to show in words (its `errors` words loaded);
 * no answer at all is thrown on to the shell, whose error page says there is no connection.
 */
export async function refusal(error: unknown): Promise<{ problem: Problem }> {
  if (!(error instanceof ApiError)) throw error;
  await loadNamespaces(["errors"]);
  return { problem: problemOf(error) };
}

/** The server would not give the letters (signed out meanwhile, not this account's letter). */
export function LetterProblem(props: { problem: Problem }) {
  const signedOut = () => props.problem.messageKey === "notSignedIn";
  return (
    <Page title={t("myLetters:letter.problem")}>
      <p class="lead">{errorText(props.problem)}</p>
      <div class="actions">
        {signedOut() ? (
          <A href="/sign-in" class="btn btn--primary btn--block">
            {t("myLetters:signIn.action")}
          </A>
        ) : (
          <A href="/letters" class="btn btn--primary btn--block">
            {t("myLetters:letter.back")}
          </A>
        )}
      </div>
    </Page>
  );
}
