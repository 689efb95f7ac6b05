import type { LetterIcon as LetterIconName } from "@heard/domain";
import { Show } from "solid-js";

/** Line drawings beside a letter's section headings, 24 × 24, in the text colour. */
const paths: Record<LetterIconName, string> = {
  people:
    "M8.5 11a3 3 0 1 0 0-6a3 3 0 1 0 0 6M3 20v-1.5A4.5 4.5 0 0 1 7.5 14h2a4.5 4.5 0 0 1 4.5 4.5V20M16 11a2.5 2.5 0 1 0 0-5M17 14a4 4 0 0 1 4 4v2",
  speech: "M4 5h16v11H10l-5 4v-4H4z",
  worry: "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M8 16.5c1.2-1.4 2.5-2 4-2s2.8.6 4 2M9 10h.01M15 10h.01M8 7.5l2 1M16 7.5l-2 1",
  sun: "M12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8M12 2.5v2M12 19.5v2M2.5 12h2M19.5 12h2M5.3 5.3l1.4 1.4M17.3 17.3l1.4 1.4M5.3 18.7l1.4-1.4M17.3 6.7l1.4-1.4",
  steps: "M3 20h5v-5h5v-5h5V5h3",
  calendar: "M4 6h16v14H4zM4 10h16M8 3.5v4M16 3.5v4M8 14h2M14 14h2",
  phone: "M6.5 3.5h3l1.5 4.5-2 1.5a11 11 0 0 0 5.5 5.5l1.5-2 4.5 1.5v3a2 2 0 0 1-2 2A16.5 16.5 0 0 1 4.5 5.5a2 2 0 0 1 2-2z",
  heart: "M12 20s-7.5-4.6-7.5-10.2A4.3 4.3 0 0 1 12 7.2a4.3 4.3 0 0 1 7.5 2.6C19.5 15.4 12 20 12 20z",
  star: "M12 3.5l2.6 5.4 5.9.8-4.3 4.1 1 5.9L12 16.9l-5.2 2.8 1-5.9-4.3-4.1 5.9-.8z",
  ear: "M7 10a5 5 0 0 1 10 0c0 3-2.5 4-3.5 6a3.5 3.5 0 0 1-6.5 1.5M10 10a2 2 0 0 1 4 0c0 1.5-2 2-2 3.5",
  pencil: "M4 20l1-4.5L16.5 4l3.5 3.5L8.5 19zM14 6.5l3.5 3.5",
  table: "M4 5h16v14H4zM4 10h16M4 14.5h16M10 5v14",
};

/** A section's picture. Decorative (aria-hidden): the heading beside it says what the section is. */
export function LetterIcon(props: { icon: LetterIconName | null | undefined }) {
  return (
    <Show when={props.icon}>
      {(icon) => (
        <svg
          class="letter-icon"
          viewBox="0 0 24 24"
          width="28"
          height="28"
          fill="none"
          stroke="currentColor"
          stroke-width="1.8"
          stroke-linecap="round"
          stroke-linejoin="round"
          aria-hidden="true"
        >
          <path d={paths[icon()]} />
        </svg>
      )}
    </Show>
  );
}
