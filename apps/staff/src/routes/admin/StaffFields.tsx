import { staffRoles } from "@heard/domain";
import { Select, TextField } from "@heard/ui";
import { CheckboxGroup } from "../../components/CheckboxGroup";
import { useI18n } from "../../lib/i18n";

export type StaffDetailField = "displayName" | "role" | "teamIds";

/** Name, role and teams of a staff account: the same fields when adding one and when changing one. */
export function StaffDetailFields(props: {
  fieldId: (field: StaffDetailField) => string;
  label: (field: StaffDetailField) => string;
  error: (field: StaffDetailField) => string | undefined;
  displayName: string;
  onDisplayName: (value: string) => void;
  role: string;
  onRole: (value: string) => void;
  /** Shown while no role is chosen (a new account). */
  rolePlaceholder?: string;
  teamIds: string[];
  onTeamIds: (value: string[]) => void;
  teams: readonly { id: string; name: string }[];
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        id={props.fieldId("displayName")}
        label={props.label("displayName")}
        value={props.displayName}
        onInput={props.onDisplayName}
        error={props.error("displayName")}
        maxLength={80}
        autocomplete="off"
        required
      />
      <Select
        id={props.fieldId("role")}
        label={props.label("role")}
        value={props.role}
        onChange={props.onRole}
        placeholder={props.rolePlaceholder}
        options={staffRoles.map((role) => ({ value: role, label: t(`admin:roles.${role}`) }))}
        error={props.error("role")}
        required
      />
      <CheckboxGroup
        id={props.fieldId("teamIds")}
        name={props.fieldId("teamIds")}
        legend={props.label("teamIds")}
        description={t("admin:staff.teamsHint")}
        options={props.teams.map((team) => ({ value: team.id, label: team.name }))}
        value={props.teamIds}
        onChange={props.onTeamIds}
        error={props.error("teamIds")}
      />
    </>
  );
}
