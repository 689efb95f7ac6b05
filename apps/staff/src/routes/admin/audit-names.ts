import { type AuditAction, auditActionKey, isAuditAction } from "@heard/domain";
import type { TranslationKey } from "@heard/i18n";
import type { Localisation } from "../../lib/i18n";

/**
 * An action's name, `admin:audit.actions.<action with dots as underscores>`. The domain types the
 * key as any string below `audit.actions.`; the locale tests check every action has its name in
 * every language, so this is a key the files have.
 */
export const auditActionName = (action: AuditAction) => `admin:${auditActionKey(action)}` as TranslationKey;

/** "auth.signIn.succeeded" → "Signed in"; an action this app does not know, by its raw name. */
export function actionName(t: Localisation["t"], action: string): string {
  return isAuditAction(action) ? t(auditActionName(action), { defaultValue: action }) : action;
}
