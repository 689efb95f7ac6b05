import type { AgeBand, Language, MeetingType, RespondentKind } from "@heard/domain";
import type { DemoTeam } from "./accounts";

/**
 * The demo year's mix, as data: how many meetings each team holds and of which types, who is in
 * the room and answers, in which language. Weights are relative (they need not add up to 100).
 */

/** Fewer meetings at Easter, in August and at Christmas. By calendar month, January first. */
export const seasons = [1, 1, 1.05, 0.85, 1, 1, 0.9, 0.65, 1.05, 1, 1.05, 0.8];

export const meetingsPerMonth: Record<DemoTeam, number> = { north: 19, south: 16, west: 10 };

/** The PLO meeting is rare: two in the year (see `planDemoYear`), never drawn. */
export const meetingTypesOf: Record<DemoTeam, readonly (readonly [MeetingType, number])[]> = {
  north: [
    ["childInNeedReview", 38],
    ["coreGroup", 22],
    ["familyGroupConference", 22],
    ["childProtectionConference", 6],
    ["other", 12],
  ],
  south: [
    ["childProtectionConference", 38],
    ["coreGroup", 42],
    ["childInNeedReview", 12],
    ["other", 8],
  ],
  west: [
    ["childrenInCareReview", 75],
    ["familyGroupConference", 10],
    ["other", 15],
  ],
};

/** Who is in the room, by meeting type. */
export const respondentsAt: Record<MeetingType, readonly (readonly [RespondentKind, number])[]> = {
  childProtectionConference: [
    ["parent", 60],
    ["otherFamily", 25],
    ["child", 15],
  ],
  coreGroup: [
    ["parent", 45],
    ["child", 40],
    ["otherFamily", 15],
  ],
  childInNeedReview: [
    ["parent", 45],
    ["child", 45],
    ["otherFamily", 10],
  ],
  childrenInCareReview: [
    ["child", 75],
    ["otherFamily", 15],
    ["parent", 10],
  ],
  familyGroupConference: [
    ["otherFamily", 40],
    ["parent", 35],
    ["child", 25],
  ],
  ploMeeting: [["parent", 1]],
  other: [
    ["parent", 40],
    ["child", 40],
    ["otherFamily", 20],
  ],
};

/** How many answer, relative to a review: a family group conference fills the room. */
export const turnout: Record<MeetingType, number> = {
  childProtectionConference: 1.2,
  coreGroup: 1,
  childInNeedReview: 1,
  childrenInCareReview: 0.9,
  familyGroupConference: 1.6,
  ploMeeting: 1,
  other: 0.8,
};

export const ageBands: readonly (readonly [AgeBand, number])[] = [
  ["under8", 8],
  ["8to12", 35],
  ["13to15", 35],
  ["16plus", 22],
];

export const languagesOf: Record<DemoTeam, readonly (readonly [Language, number])[]> = {
  north: [
    ["en", 86],
    ["cy", 10],
    ["ar", 4],
  ],
  south: [
    ["en", 86],
    ["ar", 10],
    ["cy", 4],
  ],
  west: [
    ["en", 90],
    ["cy", 5],
    ["ar", 5],
  ],
};

export const casePrefix: Partial<Record<MeetingType, string>> = {
  childProtectionConference: "CP",
  coreGroup: "CP",
  childInNeedReview: "CIN",
  childrenInCareReview: "CIC",
  familyGroupConference: "FGC",
  ploMeeting: "PLO",
};
