export { createMailTransport, describeMailError, smtpTransport, type MailTransport, type OutgoingMail } from "./transport";
export { concernAlertMail, type ConcernAlert } from "./concern-alert";
