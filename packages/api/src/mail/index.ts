export { type ConcernAlert, concernAlertMail } from "./concern-alert";
export { createMailTransport, describeMailError, type MailTransport, type OutgoingMail, smtpTransport } from "./transport";
