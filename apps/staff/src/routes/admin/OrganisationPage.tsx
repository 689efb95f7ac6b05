import { createForm, validate } from "@heard/client";
import { adminSchemas } from "@heard/domain";
import type { TranslationKey } from "@heard/i18n";
import { Alert, Button, Card, ErrorSummary, Stack, TextField } from "@heard/ui";
import { createSignal, Show } from "solid-js";
import { LoadState } from "../../components/LoadState";
import { Page } from "../../components/Page";
import { useI18n } from "../../lib/i18n";
import { createApiMutation, createApiQuery } from "../../lib/queries";
import type { api } from "../../lib/trpc";

type Settings = NonNullable<Awaited<ReturnType<typeof api.admin.organisation.get.query>>>;
type Field = "name" | "frontDoorPhone" | "safeguardingEmail" | "kAnonymityThreshold";
const fields: readonly Field[] = ["name", "frontDoorPhone", "safeguardingEmail", "kAnonymityThreshold"];

const labelKeys: Record<Field, TranslationKey> = {
  name: "admin:settings.name",
  frontDoorPhone: "admin:settings.frontDoorPhone",
  safeguardingEmail: "admin:settings.safeguardingEmail",
  kAnonymityThreshold: "admin:settings.privacyThreshold",
};

export default function OrganisationPage() {
  const { t } = useI18n();
  const settings = createApiQuery("admin.organisation.get");
  return (
    <Page title={t("admin:settings.title")}>
      <LoadState query={settings}>{(current) => <SettingsForm current={current()} />}</LoadState>
    </Page>
  );
}

/** Whole numbers only: "5" → 5; anything else → NaN, which the schema refuses. */
function wholeNumber(text: string): number {
  return /^\s*\d{1,4}\s*$/.test(text) ? Number(text) : Number.NaN;
}

function SettingsForm(props: { current: Settings | null }) {
  const { t, errorText, formSummary } = useI18n();
  const [name, setName] = createSignal(props.current?.name ?? "");
  const [phone, setPhone] = createSignal(props.current?.frontDoorPhone ?? "");
  const [email, setEmail] = createSignal(props.current?.safeguardingEmail ?? "");
  const [threshold, setThreshold] = createSignal(String(props.current?.kAnonymityThreshold ?? 5));
  const [saved, setSaved] = createSignal(false);
  const form = createForm<Field>({ fields });
  const update = createApiMutation("admin.organisation.update");
  const fieldId = (field: Field) => `organisation-${field}`;
  const label = (field: Field) => t(labelKeys[field]);
  const fieldError = (field: Field) => {
    const key = form.error(field);
    if (!key) return undefined;
    // The schema says only "invalidInput" for the number; say what is wanted instead.
    if (field === "kAnonymityThreshold") return t("admin:settings.privacyThresholdRange", { min: 2, max: 50 });
    return errorText(key);
  };
  let savedMessage: HTMLDivElement | undefined;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setSaved(false);
    const input = {
      name: name(),
      frontDoorPhone: phone(),
      safeguardingEmail: email(),
      kAnonymityThreshold: wholeNumber(threshold()),
    };
    const ok = await form.submit({
      check: () => validate<Field>(adminSchemas.organisationSettingsInput, input),
      send: async () => {
        const result = await update.mutateAsync({
          name: input.name.trim(),
          frontDoorPhone: input.frontDoorPhone.trim(),
          safeguardingEmail: input.safeguardingEmail.trim(),
          kAnonymityThreshold: input.kAnonymityThreshold,
        });
        setName(result.name);
        setPhone(result.frontDoorPhone);
        setEmail(result.safeguardingEmail);
        setThreshold(String(result.kAnonymityThreshold));
      },
    });
    if (ok) {
      setSaved(true);
      savedMessage?.focus();
    }
  };

  return (
    <Card>
      <form onSubmit={submit} noValidate>
        <Stack>
          <div ref={savedMessage} tabIndex={-1}>
            <Show when={saved()}>
              <Alert variant="success">{t("admin:settings.saved")}</Alert>
            </Show>
          </div>
          <ErrorSummary title={t("common:errorSummary.title")} failures={form.failures()} items={formSummary(form, fieldId, label)} />
          <TextField
            id={fieldId("name")}
            label={label("name")}
            value={name()}
            onInput={setName}
            error={fieldError("name")}
            maxLength={120}
            autocomplete="organization"
            required
          />
          <TextField
            id={fieldId("frontDoorPhone")}
            type="tel"
            label={label("frontDoorPhone")}
            description={t("admin:settings.frontDoorPhoneHint")}
            value={phone()}
            onInput={setPhone}
            error={fieldError("frontDoorPhone")}
            maxLength={30}
            autocomplete="off"
            required
          />
          <TextField
            id={fieldId("safeguardingEmail")}
            type="email"
            label={label("safeguardingEmail")}
            description={t("admin:settings.safeguardingEmailHint")}
            value={email()}
            onInput={setEmail}
            error={fieldError("safeguardingEmail")}
            maxLength={254}
            autocomplete="off"
            required
          />
          <TextField
            id={fieldId("kAnonymityThreshold")}
            label={label("kAnonymityThreshold")}
            description={`${t("admin:settings.privacyThresholdHint")} ${t("admin:settings.privacyThresholdRange", { min: 2, max: 50 })}`}
            value={threshold()}
            onInput={setThreshold}
            error={fieldError("kAnonymityThreshold")}
            inputMode="numeric"
            maxLength={4}
            autocomplete="off"
            dir="ltr"
            required
          />
          <div>
            <Button type="submit" loading={form.busy()} loadingText={t("common:states.saving")}>
              {t("common:actions.save")}
            </Button>
          </div>
        </Stack>
      </form>
    </Card>
  );
}
