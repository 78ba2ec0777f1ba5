package jp.mimamo.noren.mail;

/** The SMTP server refused a message or could not be reached; the message was not sent. */
public class MailFailure extends Exception {
    public MailFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
