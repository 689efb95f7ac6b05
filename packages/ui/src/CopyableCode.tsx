import { createSignal, createUniqueId, onCleanup, Show } from "solid-js";
import { Button } from "./Button";
import { cx } from "./cx";

export interface CopyableCodeProps {
  code: string;
  /** Visible label above the code, e.g. "Your feedback code". */
  label?: string;
  /** Text of the copy button, e.g. "Copy code". */
  copyLabel: string;
  /** Status announced and shown after a successful copy, e.g. "Code copied". */
  copiedMessage: string;
  onCopied?: () => void;
  class?: string;
}

const MESSAGE_MS = 5000;

/**
 * Shows a code (ABCD-EFGH-JKMN) large and monospaced, always left-to-right and
 * untranslated, with a copy button. Without the Clipboard API (or if it is
 * refused) the code text is selected instead, silently, so it can be copied by hand.
 */
export function CopyableCode(props: CopyableCodeProps) {
  const codeId = `code-${createUniqueId()}`;
  const [message, setMessage] = createSignal("");
  let codeElement: HTMLSpanElement | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));

  const selectCode = () => {
    const selection = globalThis.getSelection?.();
    if (!selection || !codeElement) return;
    const range = document.createRange();
    range.selectNodeContents(codeElement);
    selection.removeAllRanges();
    selection.addRange(range);
  };

  const copy = async () => {
    clearTimeout(timer);
    setMessage("");
    try {
      if (!navigator.clipboard?.writeText) throw new Error("no clipboard");
      await navigator.clipboard.writeText(props.code);
    } catch {
      selectCode();
      return;
    }
    // Set after a tick so repeating the same message is announced again.
    timer = setTimeout(() => {
      setMessage(props.copiedMessage);
      props.onCopied?.();
      timer = setTimeout(() => setMessage(""), MESSAGE_MS);
    }, 50);
  };

  return (
    <div class={cx("copy-code stack stack--s", props.class)}>
      <Show when={props.label}>
        <p class="field__label">{props.label}</p>
      </Show>
      <p class="copy-code__value" translate="no">
        {/* The code itself always reads left to right, even on an Arabic page. */}
        <span id={codeId} ref={codeElement} dir="ltr">
          {props.code}
        </span>
      </p>
      <div>
        <Button variant="secondary" aria-describedby={codeId} onClick={() => void copy()}>
          {props.copyLabel}
        </Button>
      </div>
      <p class="copy-code__status" role="status">
        {message()}
      </p>
    </div>
  );
}
