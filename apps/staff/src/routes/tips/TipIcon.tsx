import type { TipIcon as TipIconName } from "@heard/domain";
import { Show } from "solid-js";

/** Line drawings for the tips' pictures, 24 × 24, drawn in the text colour. */
const paths: Record<TipIconName, string> = {
  clock: "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 7v5l3.5 2",
  ear: "M7 10a5 5 0 0 1 10 0c0 3-2.5 4-3.5 6a3.5 3.5 0 0 1-6.5 1.5M10 10a2 2 0 0 1 4 0c0 1.5-2 2-2 3.5",
  speech: "M4 5h16v11H10l-5 4v-4H4z",
  arrow: "M4 12h15M13 6l6 6-6 6",
  heart: "M12 20s-7.5-4.6-7.5-10.2A4.3 4.3 0 0 1 12 7.2a4.3 4.3 0 0 1 7.5 2.6C19.5 15.4 12 20 12 20z",
  hands: "M8 21v-5l-3.5-4.5 1.4-1.2L9 13V5.5a1.2 1.2 0 0 1 2.4 0V12M16 21v-5l3.5-4.5-1.4-1.2L15 13V5.5a1.2 1.2 0 0 0-2.4 0V12",
  pencil: "M4 20l1-4.5L16.5 4l3.5 3.5L8.5 19zM14 6.5l3.5 3.5",
  check: "M4.5 12.5l5 5L19.5 7",
  phone: "M6.5 3.5h3l1.5 4.5-2 1.5a11 11 0 0 0 5.5 5.5l1.5-2 4.5 1.5v3a2 2 0 0 1-2 2A16.5 16.5 0 0 1 4.5 5.5a2 2 0 0 1 2-2z",
  star: "M12 3.5l2.6 5.4 5.9.8-4.3 4.1 1 5.9L12 16.9l-5.2 2.8 1-5.9-4.3-4.1 5.9-.8z",
};

/**
 * A tip's picture. Decorative (aria-hidden): the tip's words, or the picture's name in the
 * editor, say what it is. The arrow points forwards in right-to-left text too.
 */
export function TipIcon(props: { icon: TipIconName | "" | null | undefined; class?: string }) {
  return (
    <Show when={props.icon || undefined}>
      {(icon) => (
        <svg
          class={`tip-icon tip-icon--${icon()}${props.class ? ` ${props.class}` : ""}`}
          viewBox="0 0 24 24"
          width="24"
          height="24"
          fill="none"
          stroke="currentColor"
          stroke-width="1.8"
          stroke-linecap="round"
          stroke-linejoin="round"
          aria-hidden="true"
        >
          <path d={paths[icon() as TipIconName]} />
        </svg>
      )}
    </Show>
  );
}
