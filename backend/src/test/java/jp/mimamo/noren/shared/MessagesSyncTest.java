package jp.mimamo.noren.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Everything the backend says exists in Japanese and in English, and every key the code uses exists. */
class MessagesSyncTest {

    @Test
    void japaneseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(keys("en")).isEqualTo(keys("ja"));
    }

    @Test
    void everyKeyTheCodeUsesIsDefined() throws IOException {
        Pattern key = Pattern.compile("\"((?:problem|validation)\\.[a-z.-]+[a-zA-Z]*)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (ProblemType type : ProblemType.values()) {
            used.add(type.titleKey());
            used.add(type.titleKey().replace(".title", ".detail"));
        }
        assertThat(keys("ja")).containsAll(used);
    }

    @Test
    void japaneseIsTheDefaultAndEnglishIsChosenByLanguage() {
        assertThat(Messages.get(null, "problem.not-found.title")).isEqualTo("見つかりません");
        assertThat(Messages.get(Locale.forLanguageTag("en-GB"), "problem.not-found.title")).isEqualTo("Not found");
        assertThat(Messages.get(Locale.FRENCH, "problem.not-found.title")).isEqualTo("見つかりません");
    }

    private static Set<String> keys(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(MessagesSyncTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
