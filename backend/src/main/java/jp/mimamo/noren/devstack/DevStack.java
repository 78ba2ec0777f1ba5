package jp.mimamo.noren.devstack;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jp.mimamo.noren.Application;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The run command's entry point: embedded PostgreSQL (kept in .noren/postgres), a local SMTP server, Keycloak
 * with the demo realm, then Noren with the demo regions. Ctrl-C stops all of them.
 */
public final class DevStack {
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private DevStack() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(setting("NOREN_HOME", "noren.home", ".noren")).toAbsolutePath();
        Path keycloakHome = Path.of(setting("KEYCLOAK_HOME", "noren.keycloak.home", home.resolve("keycloak-26.5.0").toString()));
        Path realm = Path.of(setting("NOREN_REALM_FILE", "noren.realm", "infra/keycloak/mimamo-realm.json"));
        int appPort = Integer.parseInt(setting("NOREN_PORT", "noren.port", "8080"));
        int keycloakPort = Integer.parseInt(setting("KEYCLOAK_PORT", "noren.keycloak.port", "8180"));
        int databasePort = Integer.parseInt(setting("NOREN_DB_PORT", "noren.db.port", "54329"));
        int smtpPort = Integer.parseInt(setting("NOREN_SMTP_PORT", "noren.smtp.port", "2525"));

        say("PostgreSQL 17 (embedded) を起動しています… " + home.resolve("postgres"));
        EmbeddedDatabase database = EmbeddedDatabase.start(home.resolve("postgres"), databasePort);
        LocalMailServer mail = LocalMailServer.start(smtpPort);
        say("Keycloak を起動しています（初回は 1〜2 分かかります）… http://localhost:" + keycloakPort);
        KeycloakServer keycloak = KeycloakServer.start(keycloakHome, keycloakPort, Files.readString(realm, StandardCharsets.UTF_8),
                List.of("--db=postgres", "--db-url=" + database.url(EmbeddedDatabase.KEYCLOAK_DATABASE),
                        "--db-username=" + EmbeddedDatabase.KEYCLOAK, "--db-password=" + EmbeddedDatabase.KEYCLOAK),
                Map.of("NOREN_SMTP_HOST", "127.0.0.1", "NOREN_SMTP_PORT", String.valueOf(smtpPort)), Duration.ofMinutes(5));

        Map<String, Object> properties = new HashMap<>(database.applicationProperties());
        properties.put("micronaut.server.port", appPort);
        properties.put("micronaut.server.host", setting("NOREN_HOST", "noren.host", "127.0.0.1"));
        properties.put("noren.keycloak.url", keycloak.url());
        properties.put("noren.keycloak.public-url", "http://localhost:" + appPort);
        properties.put("noren.demo.enabled", true);
        properties.put("noren.mail.port", smtpPort);
        long started = System.nanoTime();
        ApplicationContext app = Micronaut.build(args).mainClass(Application.class).properties(properties).start();
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say("停止しています…");
            awaitStopped(app);
            keycloak.close();
            mail.close();
            database.close();
        }));
        banner(appPort, keycloakPort, millis);
        watchMail(mail);
    }

    private static void banner(int appPort, int keycloakPort, long millis) {
        say("""

                ============================================================
                 みま～も Noren が起動しました (%d ms)
                   Noren     http://localhost:%d
                   Keycloak  http://localhost:%d  (管理コンソール: admin / admin)
                 デモ用ログイン（パスワードはすべて mimamo-demo）
                   hq               本部（カテゴリ管理・地域別集計）
                   ota-admin        大田区 支部管理者
                   yamato-admin     大和市 支部管理者
                   kishiwada-admin  岸和田市 支部管理者
                   otaru-admin      小樽市 支部管理者
                   yamato-staff     大和市 包括支援センター職員
                   ota-centre       大田区 大森地域包括支援センター職員（見守りキーホルダー）
                   ota-responder    大田区 大森赤十字病院（緊急照会）
                   yamato-responder 大和市 消防本部（緊急照会）
                 送信されたメール（招待など）はこの画面に表示されます。
                 Ctrl-C で PostgreSQL・Keycloak・Noren をすべて停止します。
                ============================================================
                """.formatted(millis, appPort, keycloakPort));
    }

    /** Shows the mail the demo sends (invitations), since it goes to a local server rather than a real inbox. */
    private static void watchMail(LocalMailServer mail) throws InterruptedException {
        int shown = 0;
        while (true) {
            List<MimeMessage> received = mail.received();
            for (; shown < received.size(); shown++) {
                MimeMessage message = received.get(shown);
                try {
                    Matcher link = LINK.matcher(LocalMailServer.text(message));
                    say("[メール] 宛先 " + String.join(", ", List.of(message.getAllRecipients()).stream().map(Object::toString).toList())
                            + " 件名「" + message.getSubject() + "」" + (link.find() ? " リンク " + link.group() : ""));
                } catch (MessagingException e) {
                    say("[メール] 読み取れないメールを受信しました");
                }
            }
            Thread.sleep(2000);
        }
    }

    /** Micronaut's own shutdown hook stops the application; closing it here as well would deadlock. */
    private static void awaitStopped(ApplicationContext app) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (app.isRunning() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String setting(String environment, String property, String fallback) {
        String value = System.getenv(environment);
        return value != null && !value.isBlank() ? value : System.getProperty(property, fallback);
    }

    private static void say(String text) {
        System.out.println(text);
    }

}
