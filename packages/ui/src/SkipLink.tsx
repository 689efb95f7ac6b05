export interface SkipLinkProps {
  /** Translated link text, e.g. "Skip to main content". */
  text: string;
  /** Target id of the main landmark (default "#main"). */
  href?: string;
}

/** First focusable element on every page; visible only when focused. */
export function SkipLink(props: SkipLinkProps) {
  return (
    <a class="skip-link" href={props.href ?? "#main"}>
      {props.text}
    </a>
  );
}
