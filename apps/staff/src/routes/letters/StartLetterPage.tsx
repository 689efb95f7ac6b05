import { createForm, validate } from "@heard/client";
import { type LetterKind, letterKinds, letterSchemas } from "@heard/domain";
import { languageNames } from "@heard/i18n";
import { Alert, Button, Card, ErrorSummary, RadioGroup, Stack } from "@heard/ui";
import { A, useNavigate, useSearchParams } from "@solidjs/router";
import { createSignal, For, type JSX, Match, Show, Switch } from "solid-js";
import { CheckboxGroup } from "../../components/CheckboxGroup";
import { LoadState } from "../../components/LoadState";
import { Page } from "../../components/Page";
import { useI18n } from "../../lib/i18n";
import { createApiMutation, createApiQuery } from "../../lib/queries";
import type { api } from "../../lib/trpc";
import { byLanguage, kindForMeeting } from "./draft";
import "./letters.css";

type Family = Awaited<ReturnType<typeof api.admin.families.list.query>>[number];
type Started = Awaited<ReturnType<typeof api.letters.create.mutate>>[number];
type Field = "kind" | "addresseeIds";
const fields: readonly Field[] = ["kind", "addresseeIds"];

/**
 * Starts letters after a meeting (`?meeting=`) or for a family account (`?family=`): the kind,
 * and who they are for among the family accounts of the meeting's or the account's team. Each
 * addressee gets a letter of their own, in their account's language.
 */
export default function StartLetterPage() {
  const { t, formatDate } = useI18n();
  const [search] = useSearchParams<{ meeting?: string; family?: string }>();
  const meetingId = () => (typeof search.meeting === "string" ? search.meeting : undefined);
  const familyId = () => (meetingId() ? undefined : typeof search.family === "string" ? search.family : undefined);
  const meeting = createApiQuery("meetings.get", () => ({ input: { id: meetingId() ?? "" }, enabled: meetingId() !== undefined }));
  const families = createApiQuery("admin.families.list");

  return (
    <Page title={t("letters:start.title")}>
      <Switch fallback={<Alert variant="warning">{t("letters:start.noSource")}</Alert>}>
        <Match when={meetingId()}>
          {(id) => (
            <LoadState query={meeting}>
              {(found) => (
                <LoadState query={families}>
                  {(list) => (
                    <StartForm
                      source={{ meetingId: id() }}
                      about={
                        <p>
                          {t("letters:start.afterMeeting", {
                            meeting: t(`meetings:types.${found().type}`),
                            date: formatDate(found().heldOn, "day"),
                          })}
                        </p>
                      }
                      suggested={kindForMeeting(found().type)}
                      families={list().filter((family) => family.teamId === found().teamId && !family.disabledAt)}
                      chosen={[]}
                    />
                  )}
                </LoadState>
              )}
            </LoadState>
          )}
        </Match>
        <Match when={familyId()}>
          {(id) => (
            <LoadState query={families}>
              {(list) => (
                <Show
                  when={list().find((family) => family.id === id())}
                  fallback={<Alert variant="warning">{t("letters:start.noSource")}</Alert>}
                >
                  {(from) => (
                    <StartForm
                      source={{ familyId: id() }}
                      about={<p>{t("letters:start.forFamily", { name: from().displayName })}</p>}
                      suggested="free"
                      families={list().filter((family) => family.teamId === from().teamId && !family.disabledAt)}
                      chosen={[id()]}
                    />
                  )}
                </Show>
              )}
            </LoadState>
          )}
        </Match>
      </Switch>
    </Page>
  );
}

function StartForm(props: {
  source: { meetingId: string } | { familyId: string };
  about: JSX.Element;
  suggested: LetterKind;
  families: Family[];
  chosen: string[];
}) {
  const { t, language, errorText, formSummary } = useI18n();
  const navigate = useNavigate();
  const [kind, setKind] = createSignal<LetterKind>(props.suggested);
  const [addresseeIds, setAddresseeIds] = createSignal<string[]>(props.chosen);
  const [started, setStarted] = createSignal<Started[]>([]);
  const form = createForm<Field>({
    fields,
    messageFields: { letterNoAddressee: "addresseeIds", letterAddresseeNotVisible: "addresseeIds" },
  });
  const create = createApiMutation("letters.create");
  const fieldId = (field: Field) => `letter-${field}`;
  const label = (field: Field) => t(field === "kind" ? "letters:start.kind" : "letters:start.addressees");
  const fieldError = (field: Field) => {
    const key = form.error(field);
    return key ? errorText(key) : undefined;
  };

  const addresseeLabel = (family: Family) =>
    t("letters:start.addressee", {
      name: family.displayName,
      kind: family.memberKind ? t(`admin:families.memberKinds.${family.memberKind}`) : "",
      language: languageNames[family.preferredLanguage],
    });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const chosen = props.families.filter((family) => addresseeIds().includes(family.id));
    const made: Started[] = [...started()];
    const ok = await form.submit({
      check: () =>
        validate<Field>(letterSchemas.createLetterInput, {
          kind: kind(),
          language: language(),
          ...props.source,
          addresseeIds: addresseeIds(),
        }),
      send: async () => {
        // One letter per addressee, each in their own language: one call per language.
        for (const [letterLanguage, ids] of byLanguage(chosen)) {
          const remaining = ids.filter((id) => !made.some((letter) => letter.addressee.id === id));
          if (remaining.length === 0) continue;
          made.push(...(await create.mutateAsync({ kind: kind(), language: letterLanguage, ...props.source, addresseeIds: remaining })));
          setStarted([...made]);
        }
      },
    });
    if (!ok) return;
    const [only] = made;
    if (made.length === 1 && only) navigate(`/letters/${only.id}`);
  };

  return (
    <Stack>
      {props.about}
      <Show when={started().length > 1 || (started().length > 0 && form.formError())}>
        <Card as="section" class="card--highlight" aria-labelledby="letters-started-title">
          <Stack gap="s">
            <h2 id="letters-started-title">{t("letters:start.started")}</h2>
            <ul class="plain-list">
              <For each={started()}>
                {(letter) => (
                  <li>
                    <A href={`/letters/${letter.id}`}>
                      {t(`letters:kinds.${letter.kind}`)}: {letter.addressee.displayName} ({languageNames[letter.language]})
                    </A>
                  </li>
                )}
              </For>
            </ul>
          </Stack>
        </Card>
      </Show>
      <Show
        when={props.families.length > 0}
        fallback={
          <Alert variant="warning">
            <p>{t("letters:start.noFamilies")}</p>
            <p>
              <A href="/families">{t("common:nav.families")}</A>
            </p>
          </Alert>
        }
      >
        <form onSubmit={submit} noValidate class="narrow">
          <Stack>
            <ErrorSummary title={t("common:errorSummary.title")} failures={form.failures()} items={formSummary(form, fieldId, label)} />
            <RadioGroup
              name={fieldId("kind")}
              label={label("kind")}
              description={t("letters:start.kindHint")}
              value={kind()}
              onChange={(value) => setKind(value as LetterKind)}
              error={fieldError("kind")}
              options={letterKinds.map((value) => ({ value, label: t(`letters:kinds.${value}`) }))}
              required
            />
            <CheckboxGroup
              id={fieldId("addresseeIds")}
              name={fieldId("addresseeIds")}
              legend={label("addresseeIds")}
              description={t("letters:start.addresseesHint")}
              options={props.families.map((family) => ({ value: family.id, label: addresseeLabel(family) }))}
              value={addresseeIds()}
              onChange={setAddresseeIds}
              error={fieldError("addresseeIds")}
            />
            <div>
              <Button type="submit" loading={form.busy()} loadingText={t("common:states.saving")}>
                {t("letters:start.submit")}
              </Button>
            </div>
          </Stack>
        </form>
      </Show>
    </Stack>
  );
}
