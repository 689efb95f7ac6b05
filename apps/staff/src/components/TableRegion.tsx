import { createUniqueId, type JSX } from "solid-js";

/**
 * A table that scrolls sideways on narrow screens. The scroll container is a labelled,
 * focusable region so keyboard users can scroll it with the arrow keys.
 */
export function TableRegion(props: { caption: string; children: JSX.Element; class?: string }) {
  const captionId = `table-${createUniqueId()}`;
  return (
    // A labelled section is a region landmark.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section class="table-region" aria-labelledby={captionId} tabIndex={0}>
      <table class={props.class ? `table ${props.class}` : "table"}>
        <caption id={captionId}>{props.caption}</caption>
        {props.children}
      </table>
    </section>
  );
}
