import { localDay } from "@heard/client";
import { scopeFor } from "@heard/domain";
import { Show } from "solid-js";
import { LoadState } from "../../components/LoadState";
import { Page } from "../../components/Page";
import { useI18n } from "../../lib/i18n";
import { createApiQuery } from "../../lib/queries";
import { useSession } from "../../lib/session";
import { LettersTable } from "./LettersTable";
import "./letters.css";

/** The writer's own letters; for a manager also the team's letters due today and those overdue. */
export default function LettersPage() {
  const { t } = useI18n();
  const session = useSession();
  const forTeam = () => {
    const user = session.user();
    return user ? scopeFor(user, "letters.write")?.kind === "team" : false;
  };
  const mine = createApiQuery("letters.list", () => ({ input: { view: "mine" } }));
  const teamDue = createApiQuery("letters.list", () => ({ input: { view: "team", due: "due" }, enabled: forTeam() }));
  const teamOverdue = createApiQuery("letters.list", () => ({ input: { view: "team", due: "overdue" }, enabled: forTeam() }));
  const today = localDay(new Date());

  return (
    <Page title={t("letters:list.title")} intro={<p>{t("letters:list.intro")}</p>}>
      <p>{t("letters:list.startHint")}</p>
      <Show when={forTeam()}>
        <section class="stack" aria-labelledby="team-overdue-title">
          <h2 id="team-overdue-title">{t("letters:list.teamOverdue")}</h2>
          <LoadState query={teamOverdue}>
            {(list) => (
              <Show when={list().length > 0} fallback={<p>{t("letters:list.teamOverdueEmpty")}</p>}>
                <LettersTable caption={t("letters:list.teamOverdue")} letters={list()} showWriter />
              </Show>
            )}
          </LoadState>
        </section>
        <section class="stack" aria-labelledby="team-due-title">
          <h2 id="team-due-title">{t("letters:list.teamDue")}</h2>
          <LoadState query={teamDue}>
            {(list) => {
              const dueToday = () => list().filter((letter) => !letter.overdue && letter.dueOn === today);
              return (
                <Show when={dueToday().length > 0} fallback={<p>{t("letters:list.teamDueEmpty")}</p>}>
                  <LettersTable caption={t("letters:list.teamDue")} letters={dueToday()} showWriter />
                </Show>
              );
            }}
          </LoadState>
        </section>
      </Show>
      <section class="stack" aria-labelledby="my-letters-title">
        <h2 id="my-letters-title">{t("letters:list.mine")}</h2>
        <LoadState query={mine}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p>{t("letters:list.mineEmpty")}</p>}>
              <LettersTable caption={t("letters:list.mine")} letters={list()} />
            </Show>
          )}
        </LoadState>
      </section>
    </Page>
  );
}
