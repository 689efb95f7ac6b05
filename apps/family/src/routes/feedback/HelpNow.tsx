import { Show } from "solid-js";
import { t } from "../../i18n";
import { organisation } from "../../session";
import { telHref, withNumbersInOrder } from "../../shell/bidi";

/** The council's front door number: the one the code's meeting came with, else the organisation's. */
export function frontDoorPhone(fromMeeting?: string | null): string | null {
  return fromMeeting?.trim() || organisation()?.frontDoorPhone?.trim() || null;
}

/** "Get help now": 999, Childline and the front door, each one tap away. */
export function HelpNow(props: { phone?: string | null | undefined }) {
  const phone = () => frontDoorPhone(props.phone);
  return (
    <section class="card stack" aria-labelledby="feedback-help">
      <h2 id="feedback-help">{t("getHelp")}</h2>
      <p>{t("help.intro")}</p>
      <a class="btn btn--danger btn--block call-link" href="tel:999">
        {t("help.emergency.call")}
      </a>
      <a class="btn btn--secondary btn--block call-link" href="tel:08001111">
        {withNumbersInOrder(t("help.childline.call"))}
      </a>
      <Show when={phone()}>
        {(number) => (
          <a class="btn btn--secondary btn--block call-link" href={telHref(number())}>
            {withNumbersInOrder(t("help.frontDoor.call", { phone: number() }))}
          </a>
        )}
      </Show>
    </section>
  );
}

/** How to get a new code: ask the worker, or the front door. */
export function NewCodeHint(props: { phone?: string | null | undefined }) {
  const phone = () => frontDoorPhone(props.phone);
  return <p>{phone() ? withNumbersInOrder(t("feedback:code.newCodePhone", { phone: phone() })) : t("feedback:code.newCode")}</p>;
}
