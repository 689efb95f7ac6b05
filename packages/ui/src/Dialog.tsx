import { Dialog as KDialog } from "@kobalte/core/dialog";
import { type JSX, Show } from "solid-js";
import type { ButtonVariant } from "./Button";

export interface DialogProps {
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  defaultOpen?: boolean;
  /** When given, renders a button that opens the dialog. */
  triggerLabel?: string;
  triggerVariant?: ButtonVariant;
  title: string;
  description?: string;
  /** Visible and accessible text of the close button (required: Kobalte's default is English). */
  closeLabel: string;
  children?: JSX.Element;
  /** Actions shown at the bottom (e.g. confirm / cancel buttons). */
  footer?: JSX.Element;
}

/** Modal dialog: focus is trapped, Escape and outside clicks close it, focus returns to the trigger. */
export function Dialog(props: DialogProps) {
  // Kobalte returns focus to its own Trigger only. When the dialog is opened from
  // elsewhere (controlled `open`), remember the opener and return focus there.
  let opener: HTMLElement | null = null;
  const rememberOpener = () => {
    opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  };
  const returnFocus = () => {
    if (!props.triggerLabel && opener?.isConnected) opener.focus({ preventScroll: true });
    opener = null;
  };

  return (
    <KDialog open={props.open} onOpenChange={props.onOpenChange} defaultOpen={props.defaultOpen}>
      <Show when={props.triggerLabel}>
        <KDialog.Trigger class={`btn btn--${props.triggerVariant ?? "secondary"}`}>{props.triggerLabel}</KDialog.Trigger>
      </Show>
      <KDialog.Portal>
        <KDialog.Overlay class="dialog__overlay" />
        <div class="dialog__positioner">
          <KDialog.Content class="dialog stack" onOpenAutoFocus={rememberOpener} onCloseAutoFocus={returnFocus}>
            <div class="dialog__header">
              <KDialog.Title class="dialog__title">{props.title}</KDialog.Title>
              <KDialog.CloseButton class="btn btn--link" aria-label={props.closeLabel}>
                {props.closeLabel}
              </KDialog.CloseButton>
            </div>
            <Show when={props.description}>
              <KDialog.Description class="field__hint">{props.description}</KDialog.Description>
            </Show>
            {props.children}
            <Show when={props.footer}>
              <div class="cluster">{props.footer}</div>
            </Show>
          </KDialog.Content>
        </div>
      </KDialog.Portal>
    </KDialog>
  );
}
