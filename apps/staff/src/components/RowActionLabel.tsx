/**
 * The text of a button repeated on every row ("Rename"): the visible label, then the row's
 * name for screen readers only ("Rename North team"). The accessible name always starts with
 * the visible words, in every language (WCAG 2.5.3 Label in Name).
 */
export function RowActionLabel(props: { label: string; name: string }) {
  return (
    <>
      {props.label}
      <span class="visually-hidden"> {props.name}</span>
    </>
  );
}
