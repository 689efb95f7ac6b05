import { createForm } from "@heard/client";
import { hasPermission } from "@heard/domain";
import { Alert, Button, Card, Stack } from "@heard/ui";
import { A } from "@solidjs/router";
import { createSignal, For, type JSX, Show } from "solid-js";
import { LoadState } from "../../components/LoadState";
import { RowActionLabel } from "../../components/RowActionLabel";
import { useI18n } from "../../lib/i18n";
import { createApiMutation, createApiQuery, type QueryOutput } from "../../lib/queries";
import { useSession } from "../../lib/session";
import { DueDate } from "./LetterRecord";
import type { LetterSummary } from "./model";
import "./letters.css";

type LetterTask = QueryOutput<"letters.tasks">[number];

/** The home page's letters: the writer's due and overdue, those to approve, and families' requests to explain a letter again. */
export function HomeLetters() {
  const { t } = useI18n();
  const session = useSession();
  const approves = () => hasPermission(session.user()?.role, "letters.approve");
  const due = createApiQuery("letters.list", () => ({ input: { view: "mine", due: "due" } }));
  const toApprove = createApiQuery("letters.list", () => ({ input: { view: "toApprove" }, enabled: approves() }));
  const tasks = createApiQuery("letters.tasks");

  return (
    <div class="home-letters">
      <HomeCard id="home-letters-due" title={t("letters:home.dueTitle")}>
        <LoadState query={due}>{(list) => <LetterLinks letters={list()} empty={t("letters:home.dueEmpty")} />}</LoadState>
        <p>
          <A href="/letters">{t("letters:home.allLetters")}</A>
        </p>
      </HomeCard>
      <Show when={approves()}>
        <HomeCard id="home-letters-approve" title={t("letters:home.approveTitle")}>
          <LoadState query={toApprove}>
            {(list) => <LetterLinks letters={list()} empty={t("letters:home.approveEmpty")} showWriter />}
          </LoadState>
        </HomeCard>
      </Show>
      <HomeCard id="home-letters-tasks" title={t("letters:home.tasksTitle")}>
        <LoadState query={tasks}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p>{t("letters:home.tasksEmpty")}</p>}>
              <ul class="letters-plain-list stack stack--s">
                <For each={list()}>{(task) => <TaskItem task={task} />}</For>
              </ul>
            </Show>
          )}
        </LoadState>
      </HomeCard>
    </div>
  );
}

function HomeCard(props: { id: string; title: string; children: JSX.Element }) {
  return (
    <Card as="section" aria-labelledby={`${props.id}-title`}>
      <Stack gap="s">
        <h2 id={`${props.id}-title`} class="dashboard__title">
          {props.title}
        </h2>
        {props.children}
      </Stack>
    </Card>
  );
}

function LetterLinks(props: { letters: readonly LetterSummary[]; empty: string; showWriter?: boolean }) {
  const { t } = useI18n();
  return (
    <Show when={props.letters.length > 0} fallback={<p>{props.empty}</p>}>
      <ul class="letters-plain-list stack stack--s">
        <For each={props.letters}>
          {(letter) => (
            <li>
              <A href={`/letters/${letter.id}`}>
                {t(`letters:kinds.${letter.kind}`)}: {letter.addressee.displayName}
              </A>
              <span class="home-letters__meta">
                {" "}
                <DueDate letter={letter} />
                <Show when={props.showWriter}> · {letter.writer.displayName}</Show>
              </span>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

/** A family did not understand all of a letter: explain it again, then mark it done. */
function TaskItem(props: { task: LetterTask }) {
  const { t, formatDate, errorText } = useI18n();
  const complete = createApiMutation("letters.completeTask");
  const form = createForm<never>({ fields: [] });
  const [done, setDone] = createSignal(false);
  const finish = async () => {
    if (await form.submit({ send: async () => void (await complete.mutateAsync({ id: props.task.id })) })) setDone(true);
  };
  return (
    <li class="stack stack--xs">
      <p>
        <A href={`/letters/${props.task.letterId}`}>
          {t("letters:home.task", {
            name: props.task.addresseeName,
            letter: t(`letters:kinds.${props.task.letterKind}`),
            date: formatDate(props.task.createdAt, "day"),
          })}
        </A>
      </p>
      <p class="field__hint">{t(`letters:tasks.${props.task.kind}`)}</p>
      <Show when={props.task.reply}>{(reply) => <blockquote dir="auto">{reply()}</blockquote>}</Show>
      <Show when={form.formError()}>{(problem) => <Alert variant="danger">{errorText(problem())}</Alert>}</Show>
      <Show when={!done()} fallback={<p role="status">{t("letters:home.taskCompleted")}</p>}>
        <div>
          <Button variant="secondary" loading={form.busy()} onClick={() => void finish()}>
            <RowActionLabel label={t("letters:home.taskDone")} name={t("letters:home.taskDoneFor", { name: props.task.addresseeName })} />
          </Button>
        </div>
      </Show>
    </li>
  );
}
