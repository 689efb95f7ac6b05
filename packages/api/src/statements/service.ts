/** The statements area's services ("Tell my worker"): what its router calls and what other areas may use. */
export { mySentStatements, sawReplies, sendStatement, upcomingMeetings } from "./family";
export { statementFiguresFor } from "./figures";
export {
  allocateWorker,
  feelingsOf,
  getStatement,
  inbox,
  myAway,
  replyToStatement,
  setAway,
  sharedAtMeeting,
  shareStatement,
} from "./inbox";
