export { type ConcernAlert, concernAlertMail } from "./concern-alert";
export { letterWaitingMail } from "./letter-waiting";
export { type QueuedMail, queueMail } from "./outbox";
export { createMailTransport, describeMailError, type MailTransport, type OutgoingMail, smtpTransport } from "./transport";
