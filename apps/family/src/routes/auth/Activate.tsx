import { createForm, type FieldErrors, summaryItems } from "@heard/client";
import { passwordRules } from "@heard/domain/rules";
import { Button, ErrorSummary, TextField } from "@heard/ui";
import { A, useNavigate } from "@solidjs/router";
import { createSignal } from "solid-js";
import { errorText, t } from "../../i18n";
import { signedIn } from "../../session";
import { leaveNotice } from "../../shell/announcer";
import { Page } from "../../shell/Page";
import { trpc } from "../../trpc";
import { noAutoCorrect, PassphraseField, PassphraseToggle } from "./PassphraseField";

/** The shortest passphrase the server accepts, for the hint and a check before sending. */
const passphraseMin = passwordRules.familyMin;

type Field = "code" | "username" | "passphrase" | "confirm";
const fields: readonly Field[] = ["code", "username", "passphrase", "confirm"];
const inputIds: Record<Field, string> = {
  code: "activate-code",
  username: "activate-username",
  passphrase: "activate-passphrase",
  confirm: "activate-confirm",
};

/** Server messages that are about one field. */
const messageFields: Partial<Record<string, Field>> = {
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
  const form = createForm({ fields, messageFields });
  const fieldError = (field: Field) => {
    const key = form.error(field);
    return key ? errorText(key) : undefined;
  };

  /** Checks that need no server; the server checks everything again. */
  const check = (): FieldErrors<Field> => {
    const found: FieldErrors<Field> = {};
    // The code's format (any case, spaces, dashes) is left to the server: one set of rules.
    if (!code().trim()) found.code = "required";
    if (!username().trim()) found.username = "required";
    if (!passphrase()) found.passphrase = "required";
    else if (passphrase().length < passphraseMin) found.passphrase = "passwordTooShort";
    if (!found.passphrase && confirm() !== passphrase()) found.confirm = "passwordsDiffer";
    return found;
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const activated = await form.submit({
      check,
      send: async () => {
        await trpc.auth.familyActivate.mutate({ code: code(), username: username(), passphrase: passphrase() });
        await signedIn();
      },
    });
    if (activated) {
      leaveNotice(t("auth:family.activate.done"));
      navigate("/");
    }
  };

  return (
    <Page title={t("auth:family.activate.title")}>
      <ErrorSummary
        title={t("errorSummary.title")}
        failures={form.failures()}
        items={summaryItems(form, {
          fieldId: (field) => inputIds[field],
          fieldText: (_field, key) => errorText(key),
          generalText: errorText,
        })}
      />
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
        <Button type="submit" block loading={form.busy()} loadingText={t("auth:family.activate.busy")}>
          {t("auth:family.activate.submit")}
        </Button>
      </form>
      <p>
        <A href="/sign-in">{t("auth:family.activate.haveAccount")}</A>
      </p>
    </Page>
  );
}
