import { createEffect, createMemo, createUniqueId } from "solid-js";
import { useI18n } from "../../lib/i18n";
import { safeQrSvg } from "./format";

/**
 * The feedback link as a QR code, drawn from the SVG our own server makes (the qrcode
 * library). It goes into the page through a dedicated, empty container only after
 * `safeQrSvg` has checked it is a lone SVG image. The figure is named by its caption; the
 * image itself says where it leads.
 */
export function QrCode(props: { svg: string; link: string; class?: string }) {
  const { t } = useI18n();
  const captionId = `qr-${createUniqueId()}`;
  let box: HTMLDivElement | undefined;
  const markup = createMemo(() => safeQrSvg(props.svg));

  createEffect(() => {
    if (!box) return;
    box.innerHTML = markup() ?? "";
    const image = box.querySelector("svg");
    if (!image) return;
    image.setAttribute("role", "img");
    image.setAttribute("aria-label", t("meetings:code.qrAlt", { link: props.link }));
    image.setAttribute("focusable", "false");
    // Sized by the stylesheet, so it scales with the screen or the printed page.
    image.removeAttribute("width");
    image.removeAttribute("height");
  });

  return (
    <figure class={props.class ? `qr ${props.class}` : "qr"} aria-labelledby={captionId}>
      <div ref={box} class="qr__image" dir="ltr" />
      <figcaption id={captionId} class="qr__caption">
        {t("meetings:code.qrLabel")}
      </figcaption>
    </figure>
  );
}
