import { hasPermission, type MeetingCodeStatus, meetingCodeStatuses } from "@heard/domain";
import { Button, Select } from "@heard/ui";
import { A } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { LoadState } from "../../components/LoadState";
import { Page } from "../../components/Page";
import { TableRegion } from "../../components/TableRegion";
import { useI18n } from "../../lib/i18n";
import { createApiQuery } from "../../lib/queries";
import { useSession } from "../../lib/session";
import type { api } from "../../lib/trpc";
import "./meetings.css";

type Meeting = Awaited<ReturnType<typeof api.meetings.list.query>>[number];

/** The meetings this person may see, newest first, filtered by the state of their code. */
export default function MeetingsPage() {
  const { t } = useI18n();
  const session = useSession();
  const [chosenStatus, setChosenStatus] = createSignal<MeetingCodeStatus | "">("");
  const [appliedStatus, setAppliedStatus] = createSignal<MeetingCodeStatus | "">("");
  const meetings = createApiQuery("meetings.list", () => {
    const status = appliedStatus();
    return { input: status ? { status } : undefined };
  });
  const mayRecord = () => hasPermission(session.user()?.role, "meetings.record");

  const applyFilter = (event: SubmitEvent) => {
    event.preventDefault();
    if (chosenStatus() === appliedStatus()) void meetings.refetch();
    else setAppliedStatus(chosenStatus());
  };

  return (
    <Page title={t("meetings:list.title")} intro={<p>{t("meetings:list.intro")}</p>}>
      <Show when={mayRecord()}>
        <p>
          <A href="/meetings/new" class="btn btn--primary">
            {t("meetings:list.record")}
          </A>
        </p>
      </Show>

      <form class="filter-bar" onSubmit={applyFilter}>
        <Select
          id="meetings-status"
          label={t("meetings:list.filterStatus")}
          value={chosenStatus()}
          onChange={(value) => setChosenStatus(value as MeetingCodeStatus | "")}
          options={[
            { value: "", label: t("meetings:list.all") },
            ...meetingCodeStatuses.map((status) => ({ value: status, label: t(`meetings:status.${status}`) })),
          ]}
        />
        <div>
          <Button type="submit" variant="secondary" loading={meetings.isFetching}>
            {t("meetings:list.show")}
          </Button>
        </div>
      </form>

      <LoadState query={meetings}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p>{t(appliedStatus() ? "meetings:list.emptyFiltered" : "meetings:list.empty")}</p>}>
            <MeetingsTable meetings={list()} />
          </Show>
        )}
      </LoadState>
    </Page>
  );
}

function MeetingsTable(props: { meetings: Meeting[] }) {
  const { t, formatDate } = useI18n();
  return (
    <TableRegion caption={t("meetings:list.caption")} class="table--meetings">
      <thead>
        <tr>
          <th scope="col">{t("meetings:list.type")}</th>
          <th scope="col">{t("meetings:list.date")}</th>
          <th scope="col">{t("meetings:list.team")}</th>
          <th scope="col">{t("meetings:list.status")}</th>
          <th scope="col" class="numeric">
            {t("meetings:list.responses")}
          </th>
        </tr>
      </thead>
      <tbody>
        <For each={props.meetings}>
          {(meeting) => (
            <tr>
              <th scope="row">
                <A href={`/meetings/${meeting.id}`}>
                  {t(`meetings:types.${meeting.type}`)}
                  <span class="visually-hidden">, {formatDate(meeting.heldOn, "day")}</span>
                </A>
                <span class="meeting-code" dir="ltr" translate="no">
                  {meeting.code}
                </span>
              </th>
              <td class="nowrap">
                <time datetime={meeting.heldOn}>{formatDate(meeting.heldOn, "day")}</time>
              </td>
              <td>{meeting.teamName}</td>
              <td>
                <span class={`status-tag status-tag--${meeting.status}`}>{t(`meetings:status.${meeting.status}`)}</span>
              </td>
              <td class="numeric">{meeting.responseCount}</td>
            </tr>
          )}
        </For>
      </tbody>
    </TableRegion>
  );
}
