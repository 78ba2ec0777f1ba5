package jp.mimamo.noren.mail;

import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** Sends one plain-text Japanese message (UTF-8) and says plainly whether the server took it. */
@Singleton
public class Mailer {
    private static final String TIMEOUT_MILLIS = "10000";
    private final MailSettings settings;
    private final Session session;

    Mailer(MailSettings settings) {
        this.settings = settings;
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
        boolean authenticated = settings.username() != null && !settings.username().isBlank();
        properties.put("mail.smtp.auth", String.valueOf(authenticated));
        this.session = authenticated
                ? Session.getInstance(properties, new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(settings.username(), settings.password());
                    }
                })
                : Session.getInstance(properties);
    }

    public void send(String to, String subject, String text) throws MailFailure {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from(), settings.fromName(), StandardCharsets.UTF_8.name()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(text, StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailFailure("Mail to " + to + " was not sent: " + e.getMessage(), e);
        }
    }
}
