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
import { passphraseMin } from "./rules";

type Field = "code" | "username" | "passphrase" | "confirm";
const fields: readonly Field[] = ["code", "username", "passphrase", "confirm"];
const inputIds: Record<Field, string> = {
  code: "activate-code",
  username: "activate-username",
  passphrase: "activate-passphrase",
  confirm: "activate-confirm",
};

/** Server messages that are about one field. */
const fieldOfKey: Partial<Record<string, Field>> = {
  activationCodeInvalid: "code",
  activationCodeExpired: "code",
  activationCodeUsed: "code",
  usernameTaken: "username",
  usernameInvalid: "username",
  passwordTooShort: "passphrase",
  passwordTooLong: "passphrase",
  passwordCommon: "passphrase",
  passwordsDiffer: "confirm",
};

/**
 * `/activate`: the one-time code from the worker, a sign-in name and a passphrase.
 * On a problem nothing typed is cleared, and focus goes to the list of problems.
 */
export default function Activate() {
  const navigate = useNavigate();
  const [code, setCode] = createSignal("");
  const [username, setUsername] = createSignal("");
  const [passphrase, setPassphrase] = createSignal("");
  const [confirm, setConfirm] = createSignal("");
  const [shown, setShown] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const { fieldError, summaryItems, show, summaryRef } = createFormProblems(fields, inputIds);

  /** Checks that need no server; the server checks everything again. */
  const check = (): FormProblem<Field> | null => {
    const found: FormProblem<Field> = { fields: {}, general: null };
    // The code's format (any case, spaces, dashes) is left to the server: one set of rules.
    if (!code().trim()) found.fields.code = "required";
    if (!username().trim()) found.fields.username = "required";
    if (!passphrase()) found.fields.passphrase = "required";
    else if (passphrase().length < passphraseMin) found.fields.passphrase = "passwordTooShort";
    if (!found.fields.passphrase && confirm() !== passphrase()) found.fields.confirm = "passwordsDiffer";
    return Object.keys(found.fields).length > 0 ? found : null;
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    const found = check();
    if (found) return show(found);

    setBusy(true);
    try {
      await trpc.auth.familyActivate.mutate({ code: code(), username: username(), passphrase: passphrase() });
      await signedIn();
      leaveNotice(t("auth:family.activate.done"));
      navigate("/");
    } catch (error) {
      show(formProblemOf(problemOf(error), fields, fieldOfKey));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t("auth:family.activate.title")}>
      <ErrorSummary items={summaryItems()} ref={summaryRef} />
      <form class="stack" novalidate onSubmit={(event) => void submit(event)}>
        <TextField
          id={inputIds.code}
          name="code"
          label={t("auth:family.activate.codeLabel")}
          description={t("auth:family.activate.codeHint")}
          value={code()}
          onInput={setCode}
          error={fieldError("code")}
          autocomplete="one-time-code"
          spellcheck={false}
          dir="ltr"
          maxLength={40}
          required
          ref={(element) => {
            noAutoCorrect(element);
            element.setAttribute("autocapitalize", "characters");
          }}
        />
        <TextField
          id={inputIds.username}
          name="username"
          label={t("auth:family.activate.usernameLabel")}
          description={t("auth:family.activate.usernameHint")}
          value={username()}
          onInput={setUsername}
          error={fieldError("username")}
          autocomplete="username"
          spellcheck={false}
          dir="ltr"
          maxLength={30}
          required
          ref={noAutoCorrect}
        />
        <div class="passphrase">
          <PassphraseField
            id={inputIds.passphrase}
            name="passphrase"
            label={t("auth:family.activate.passphraseLabel")}
            description={t("auth:family.activate.passphraseHint", { min: passphraseMin })}
            value={passphrase()}
            onInput={setPassphrase}
            error={fieldError("passphrase")}
            autocomplete="new-password"
            shown={shown()}
          />
          <PassphraseToggle shown={shown()} onToggle={() => setShown(!shown())} controls={`${inputIds.passphrase} ${inputIds.confirm}`} />
        </div>
        <PassphraseField
          id={inputIds.confirm}
          name="confirm"
          label={t("auth:family.activate.confirmLabel")}
          value={confirm()}
          onInput={setConfirm}
          error={fieldError("confirm")}
          autocomplete="new-password"
          shown={shown()}
        />
        <Button type="submit" block loading={busy()} loadingText={t("auth:family.activate.busy")}>
          {t("auth:family.activate.submit")}
        </Button>
      </form>
      <p>
        <A href="/sign-in">{t("auth:family.activate.haveAccount")}</A>
      </p>
    </Page>
  );
}
