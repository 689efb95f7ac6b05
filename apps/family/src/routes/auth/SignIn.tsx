import { createForm, type FieldErrors, summaryItems } from "@heard/client";
import { Button, ErrorSummary, TextField } from "@heard/ui";
import { A, useNavigate } from "@solidjs/router";
import { createSignal } from "solid-js";
import { errorText, t } from "../../i18n";
import { signedIn } from "../../session";
import { leaveNotice } from "../../shell/announcer";
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
  const form = createForm({ fields });
  const fieldError = (field: Field) => {
    const key = form.error(field);
    return key ? errorText(key) : undefined;
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const signedInNow = await form.submit({
      check: () => {
        const missing: FieldErrors<Field> = {};
        if (!username().trim()) missing.username = "required";
        if (!passphrase()) missing.passphrase = "required";
        return missing;
      },
      send: async () => {
        await trpc.auth.familySignIn.mutate({ username: username(), passphrase: passphrase() });
        await signedIn();
      },
    });
    if (signedInNow) {
      leaveNotice(t("auth:signedIn"));
      navigate("/");
    }
  };

  return (
    <Page title={t("auth:family.signIn.title")}>
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
        <Button type="submit" block loading={form.busy()} loadingText={t("auth:family.signIn.busy")}>
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
