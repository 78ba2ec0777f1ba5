package jp.mimamo.noren.devstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.List;

/** A real SMTP server on 127.0.0.1 that keeps what it receives: for the demo and for the tests. */
public final class LocalMailServer implements AutoCloseable {
    private final GreenMail greenMail;

    private LocalMailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public static LocalMailServer start(int port) {
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return new LocalMailServer(greenMail);
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    public static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof jakarta.mail.Multipart multipart) {
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    Object part = multipart.getBodyPart(i).getContent();
                    out.append(part instanceof String s ? s : "");
                }
                return out.toString();
            }
            return String.valueOf(content);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
