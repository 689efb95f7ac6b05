import { Show } from "solid-js";
import { t } from "../../i18n";
import { organisation } from "../../session";
import { telHref, withNumbersInOrder } from "../../shell/bidi";
import { Page } from "../../shell/Page";

/** Get help now: three numbers, each one tap away. Short, calm words. */
export default function Help() {
  const frontDoorPhone = () => organisation()?.frontDoorPhone?.trim() || null;
  return (
    <Page title={t("help.title")}>
      <p class="lead">{t("help.intro")}</p>
      <p>{t("help.notAlone")}</p>

      <section class="card stack" aria-labelledby="help-emergency">
        <h2 id="help-emergency">{t("help.emergency.title")}</h2>
        <p>{t("help.emergency.body")}</p>
        <a class="btn btn--danger btn--block call-link" href="tel:999">
          {t("help.emergency.call")}
        </a>
      </section>

      <section class="card stack" aria-labelledby="help-childline">
        <h2 id="help-childline">{t("help.childline.title")}</h2>
        <p>{withNumbersInOrder(t("help.childline.body"))}</p>
        <a class="btn btn--primary btn--block call-link" href="tel:08001111">
          {withNumbersInOrder(t("help.childline.call"))}
        </a>
      </section>

      <Show when={frontDoorPhone()}>
        {(phone) => (
          <section class="card stack" aria-labelledby="help-front-door">
            <h2 id="help-front-door">{t("help.frontDoor.title")}</h2>
            <p>{withNumbersInOrder(t("help.frontDoor.body", { phone: phone() }))}</p>
            <a class="btn btn--primary btn--block call-link" href={telHref(phone())}>
              {withNumbersInOrder(t("help.frontDoor.call", { phone: phone() }))}
            </a>
          </section>
        )}
      </Show>
    </Page>
  );
}
