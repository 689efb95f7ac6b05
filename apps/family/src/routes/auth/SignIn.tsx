import { Button, TextField } from "@heard/ui";
import { A, useNavigate } from "@solidjs/router";
import { createSignal } from "solid-js";
import { problemOf } from "../../errors";
import { t } from "../../i18n";
import { signedIn } from "../../session";
import { leaveNotice } from "../../shell/announcer";
import { ErrorSummary } from "../../shell/ErrorSummary";
import { createFormProblems, type FormProblem, formProblemOf } from "../../shell/form";
import { Page } from "../../shell/Page";
import { trpc } from "../../trpc";
import { noAutoCorrect, PassphraseField, PassphraseToggle } from "./PassphraseField";

type Field = "username" | "passphrase";
const fields: readonly Field[] = ["username", "passphrase"];
const inputIds: Record<Field, string> = { username: "sign-in-username", passphrase: "sign-in-passphrase" };

/** `/sign-in`: sign-in name and passphrase. Nothing typed is ever cleared. */
export default function SignIn() {
  const navigate = useNavigate();
  const [username, setUsername] = createSignal("");
  const [passphrase, setPassphrase] = createSignal("");
  const [shown, setShown] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const { fieldError, summaryItems, show, summaryRef } = createFormProblems(fields, inputIds);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    const missing: FormProblem<Field> = { fields: {}, general: null };
    if (!username().trim()) missing.fields.username = "required";
    if (!passphrase()) missing.fields.passphrase = "required";
    if (Object.keys(missing.fields).length > 0) return show(missing);

    setBusy(true);
    try {
      await trpc.auth.familySignIn.mutate({ username: username(), passphrase: passphrase() });
      await signedIn();
      leaveNotice(t("auth:signedIn"));
      navigate("/");
    } catch (error) {
      show(formProblemOf(problemOf(error), fields));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t("auth:family.signIn.title")}>
      <ErrorSummary items={summaryItems()} ref={summaryRef} />
      <form class="stack" novalidate onSubmit={(event) => void submit(event)}>
        <TextField
          id={inputIds.username}
          name="username"
          label={t("auth:family.signIn.username")}
          value={username()}
          onInput={setUsername}
          error={fieldError("username")}
          autocomplete="username"
          spellcheck={false}
          dir="ltr"
          required
          ref={noAutoCorrect}
        />
        <div class="passphrase">
          <PassphraseField
            id={inputIds.passphrase}
            name="passphrase"
            label={t("auth:family.signIn.passphrase")}
            value={passphrase()}
            onInput={setPassphrase}
            error={fieldError("passphrase")}
            autocomplete="current-password"
            shown={shown()}
          />
          <PassphraseToggle shown={shown()} onToggle={() => setShown(!shown())} controls={inputIds.passphrase} />
        </div>
        <Button type="submit" block loading={busy()} loadingText={t("auth:family.signIn.busy")}>
          {t("auth:family.signIn.submit")}
        </Button>
      </form>
      <details class="disclosure">
        <summary>{t("auth:family.signIn.forgotQuestion")}</summary>
        <p>{t("auth:family.signIn.forgotAnswer")}</p>
      </details>
      <div class="stack stack--s">
        <p>{t("auth:family.signIn.newHere")}</p>
        <A href="/activate" class="btn btn--secondary btn--block">
          {t("auth:family.signIn.haveCode")}
        </A>
      </div>
    </Page>
  );
}
