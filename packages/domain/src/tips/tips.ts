/**
 * The Top 10 Tips: ten expectations of workers, written by parents' groups and edited by the
 * participation team. A version always has exactly this many, in order (position 1 to 10).
 */
export const topTipsCount = 10;

/** Pictures a tip may carry; the apps draw them. */
export const tipIcons = ["clock", "ear", "speech", "arrow", "heart", "hands", "pencil", "check", "phone", "star"] as const;
export type TipIcon = (typeof tipIcons)[number];

export const tipTitleMax = 60;
export const tipWordingMax = 200;

/** Whether a version is being edited, is the one families answer, or has been replaced. */
export const tipVersionStatuses = ["draft", "published", "retired"] as const;
export type TipVersionStatus = (typeof tipVersionStatuses)[number];
