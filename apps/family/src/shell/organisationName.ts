import { t } from "../i18n";
import { organisation } from "../session";

/** The organisation's name for the header and titles; "Heard" until we know it. */
export function organisationName(): string {
  return organisation()?.name || t("appName.family");
}
