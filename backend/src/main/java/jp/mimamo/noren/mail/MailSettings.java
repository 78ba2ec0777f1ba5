package jp.mimamo.noren.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/** The SMTP server Noren sends through, and who its mail comes from. */
@ConfigurationProperties("noren.mail")
public record MailSettings(String host, int port, String from, String fromName, @Nullable String username,
                           @Nullable String password, boolean starttls) {
}
