import { randomBytes } from "node:crypto";
import { type APIRequestContext, expect } from "@playwright/test";
import type { demoSignIns } from "../../../api/src/seed/demo";

/** Calling the API over plain HTTP, as the apps do: tRPC procedures at /api/trpc/<path>. */

export type Demo = typeof demoSignIns;
export type Role = Demo["staff"][number]["role"];
export type StaffPerson = Demo["staff"][number];
export type Team = { id: string; name: string };
export type Meeting = { id: string; code: string };

/** The `playwright` fixture, as far as these helpers need it (a new API context of its own). */
type PlaywrightRequests = { request: { newContext: (options: { baseURL?: string }) => Promise<APIRequestContext> } };

/** A tRPC mutation (Origin set: state changes from elsewhere are refused); fails the test unless it succeeds. */
export async function mutate<T>(request: APIRequestContext, origin: string, path: string, input?: unknown): Promise<T> {
  const response = await request.post(`/api/trpc/${path}`, { data: input ?? {}, headers: { Origin: origin } });
  const body = await response.json();
  expect(response.ok(), `${path}: ${JSON.stringify(body)}`).toBe(true);
  return body.result.data as T;
}

/** A tRPC query, its input in the address; fails the test unless it succeeds. */
export async function query<T>(request: APIRequestContext, path: string, input?: unknown): Promise<T> {
  const search = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const response = await request.get(`/api/trpc/${path}${search}`);
  const body = await response.json();
  expect(response.ok(), `${path}: ${JSON.stringify(body)}`).toBe(true);
  return body.result.data as T;
}

/** The demo member of staff with that role. */
export function demoStaff(demo: Demo, role: Role): StaffPerson {
  const person = demo.staff.find((candidate) => candidate.role === role);
  if (!person) throw new Error(`no demo ${role}`);
  return person;
}

/** Signs in as the demo member of staff with that role on this API context (its cookie is kept there). */
export async function staffSignIn(request: APIRequestContext, origin: string, demo: Demo, role: Role): Promise<StaffPerson> {
  const person = demoStaff(demo, role);
  await mutate(request, origin, "auth.staffSignIn", { email: person.email, password: demo.staffPassword });
  return person;
}

/** A new API context, signed in as the demo member of staff with that role. Dispose of it when done. */
export async function signedInApi(playwright: PlaywrightRequests, baseURL: string, demo: Demo, role: Role): Promise<APIRequestContext> {
  const api = await playwright.request.newContext({ baseURL });
  await staffSignIn(api, baseURL, demo, role);
  return api;
}

export type MeetingDetails = {
  type: string;
  caseReference?: string;
  /** Which of the teams to record it for; by default the person's own (first) team. */
  team?: (teams: Team[]) => Team | undefined;
};

/**
 * Records a meeting held today, with the signed-in person (`person`, on this API context) as its
 * worker: its code is what the family gets. Returns the meeting, its team and the person's id.
 */
export async function recordMeeting<M extends Meeting = Meeting>(
  request: APIRequestContext,
  origin: string,
  person: StaffPerson,
  details: MeetingDetails,
): Promise<{ meeting: M; team: Team; me: { id: string } }> {
  const me = await query<{ id: string }>(request, "auth.me");
  const teams = await query<Team[]>(request, "admin.teams.list");
  const team = details.team ? details.team(teams) : teams.find((candidate) => candidate.name === person.teams[0]);
  if (!team) throw new Error(`no team for the demo ${person.role}`);
  const meeting = await mutate<M>(request, origin, "meetings.create", {
    type: details.type,
    heldOn: new Date().toISOString().slice(0, 10),
    teamId: team.id,
    workerIds: [me.id],
    ...(details.caseReference === undefined ? {} : { caseReference: details.caseReference }),
  });
  return { meeting, team, me };
}

export type FeedbackTip = { id: string; title: string };

/** Opens a feedback code as the family app does: the meeting's tips. */
export async function openFeedback(request: APIRequestContext, code: string): Promise<{ tips: FeedbackTip[] }> {
  return query<{ tips: FeedbackTip[] }>(request, "feedback.open", { code });
}

export type Submission = {
  code: string;
  answers: { tipId: string; answer: string }[];
  idempotencyKey?: string;
  respondentKind?: string;
  language?: string;
  freeText?: string;
  contactRequested?: boolean;
  contactMethod?: string;
  contactDetail?: string;
};

/** One family member's answers, sent as the family app would (a parent, in English, no contact, unless said). */
export async function submitFeedback<T = unknown>(request: APIRequestContext, origin: string, submission: Submission): Promise<T> {
  return mutate<T>(request, origin, "feedback.submit", {
    idempotencyKey: randomBytes(16).toString("base64url"),
    respondentKind: "parent",
    language: "en",
    contactRequested: false,
    ...submission,
  });
}
