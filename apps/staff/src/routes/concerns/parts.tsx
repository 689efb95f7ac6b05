import { type ConcernCategory, type ConcernLevel, type ConcernStatus, concernCategories } from "@heard/domain";
import type { Translator } from "@heard/i18n";
import { type Accessor, createSignal, onCleanup, Show } from "solid-js";
import { useI18n } from "../../lib/i18n";
import { acknowledgementClock, alertState, type ConcernAlert, formatDuration, targetMinutes } from "./clock";

/** The time now, moved on every minute while the page is open (for the acknowledgement clocks). */
export function useMinuteClock(onTick?: () => void): Accessor<Date> {
  const [now, setNow] = createSignal(new Date());
  let interval: ReturnType<typeof setInterval> | undefined;
  // First tick at the turn of the minute, then every minute.
  const first = setTimeout(
    () => {
      setNow(new Date());
      onTick?.();
      interval = setInterval(() => {
        setNow(new Date());
        onTick?.();
      }, 60_000);
    },
    60_000 - (Date.now() % 60_000),
  );
  onCleanup(() => {
    clearTimeout(first);
    clearInterval(interval);
  });
  return now;
}

export function StatusTag(props: { status: ConcernStatus }) {
  const { t } = useI18n();
  return <span class={`status-tag concern-status--${props.status}`}>{t(`concerns:status.${props.status}`)}</span>;
}

/**
 * "Acknowledge within 42 mins" ("Decide within" for a review item), or "Overdue by 1 hr 5 mins"
 * marked in words and not by colour alone.
 */
export function ClockText(props: { status: ConcernStatus; acknowledgeBy: string; now: Date; review?: boolean }) {
  const { t, language, formatDate } = useI18n();
  const clock = () => acknowledgementClock(props.status, props.acknowledgeBy, props.now);
  const by = () => (props.review ? "concerns:target.decideBy" : "concerns:target.acknowledgeBy");
  const within = () => (props.review ? "concerns:target.decideWithin" : "concerns:target.within");
  return (
    <Show when={clock()} fallback={<span>{t(by(), { time: formatDate(props.acknowledgeBy, "dateTime") })}</span>}>
      {(current) => (
        <Show
          when={current().kind === "overdue"}
          fallback={<span class="concern-clock">{t(within(), { duration: formatDuration(current().minutes, language()) })}</span>}
        >
          <strong class="concern-clock concern-clock--overdue">
            <span aria-hidden="true" class="concern-clock__icon">
              !
            </span>
            {t("concerns:target.overdueBy", { duration: formatDuration(current().minutes, language()) })}
          </strong>
        </Show>
      )}
    </Show>
  );
}

/**
 * How urgent a concern is, and the target that goes with it: urgent ones on the organisation's
 * short clock (as it was when the concern was raised), the others one working day; a concern
 * made from a review item says so. The target is shown only while nobody has acted on it.
 */
export function LevelText(props: {
  concern: { level: ConcernLevel; escalatedFrom: string | null; raisedAt: string; acknowledgeBy: string; status: string };
}) {
  const { t, language } = useI18n();
  const level = () => props.concern.level;
  const name = () => t(`concerns:levels.${level()}`);
  const target = () => {
    if (level() === "review") return t("concerns:levels.reviewTarget");
    if (level() === "concern") return t("concerns:levels.concernTarget");
    return t("concerns:levels.urgentTarget", { duration: formatDuration(targetMinutes(props.concern), language()) });
  };
  return (
    <span class="concern-level">
      <span class={`status-tag concern-level--${level()}`}>
        {props.concern.escalatedFrom ? t("concerns:levels.fromReview", { level: name() }) : name()}
      </span>
      <Show when={props.concern.status === "new"}>
        <span class="concern-alert__hint">{target()}</span>
      </Show>
    </span>
  );
}

/** The alert email's state, in words; one that has not gone stands out. */
export function AlertText(props: { alert: ConcernAlert; explain?: boolean }) {
  const { t, formatDate } = useI18n();
  const state = () => alertState(props.alert);
  return (
    <span class={state().needsAttention ? "concern-alert concern-alert--attention" : "concern-alert"}>
      <span>{t(`concerns:alert.${state().key}`, { time: props.alert.sentAt ? formatDate(props.alert.sentAt, "dateTime") : "" })}</span>
      <Show when={props.explain && state().needsAttention}>
        <span class="concern-alert__hint">{t("concerns:alert.notSentHint")}</span>
      </Show>
      <Show when={props.explain && state().key === "retrying" && props.alert.nextAttemptAt}>
        {(next) => <span class="concern-alert__hint">{t("concerns:alert.nextTry", { time: formatDate(next(), "dateTime") })}</span>}
      </Show>
    </span>
  );
}

/** The categories' names, in the order given; one this app does not know by its own name. */
export function categoryNames(categories: readonly string[], t: Translator): string {
  const isCategory = (category: string): category is ConcernCategory => (concernCategories as readonly string[]).includes(category);
  return categories.map((category) => (isCategory(category) ? t(`concerns:categories.${category}`) : category)).join(", ");
}
