package jp.mimamo.noren.documents;

import jp.mimamo.noren.documents.TextTemplate.Kind;
import jp.mimamo.noren.documents.TextTemplate.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextTemplateTest {
    private static final List<String> OFFERED = List.of("sponsorName", "fee");

    @Test
    void fillsEveryPlaceholderAndKeepsTheRestAsWritten() {
        String filled = TextTemplate.fill("{sponsorName} 様\n協賛金：{fee}（{fee}）\n｛全角の括弧｝はそのまま",
                Map.of("sponsorName", "㈱髙﨑薬局", "fee", "24,000円"));

        assertThat(filled).isEqualTo("㈱髙﨑薬局 様\n協賛金：24,000円（24,000円）\n｛全角の括弧｝はそのまま");
    }

    @Test
    void aValueThatLooksLikeAPlaceholderIsNotFilledAgain() {
        assertThat(TextTemplate.fill("{sponsorName}", Map.of("sponsorName", "{fee}", "fee", "x"))).isEqualTo("{fee}");
    }

    @Test
    void aCorrectTextHasNoProblems() {
        assertThat(TextTemplate.check("{sponsorName}\n\n協賛金：{fee}", OFFERED)).isEmpty();
    }

    @Test
    void namesEveryUnknownPlaceholderWithItsLineAndColumn() {
        List<Problem> problems = TextTemplate.check("{sponsorName} 様\n協賛金：{feee}、{協賛者名}、{ fee }", OFFERED);

        assertThat(problems).containsExactly(
                new Problem(Kind.UNKNOWN_PLACEHOLDER, 2, 5, "feee"),
                new Problem(Kind.UNKNOWN_PLACEHOLDER, 2, 12, "協賛者名"),
                new Problem(Kind.UNKNOWN_PLACEHOLDER, 2, 19, " fee "));
    }

    @Test
    void findsBracesThatDoNotPairUp() {
        List<Problem> problems = TextTemplate.check("お名前：{sponsorName\n金額：fee}\n{}\n{{fee}", OFFERED);

        assertThat(problems).containsExactly(
                new Problem(Kind.UNCLOSED_BRACE, 1, 5, null),
                new Problem(Kind.UNOPENED_BRACE, 2, 7, null),
                new Problem(Kind.EMPTY_PLACEHOLDER, 3, 1, ""),
                new Problem(Kind.UNCLOSED_BRACE, 4, 1, null));
    }

    @Test
    void aBraceAtTheVeryEndIsUnclosed() {
        assertThat(TextTemplate.check("協賛金 {", OFFERED)).containsExactly(new Problem(Kind.UNCLOSED_BRACE, 1, 5, null));
    }

    @Test
    void columnsCountCharactersNotUtf16Units() {
        assertThat(TextTemplate.check("𠮷野家 {x}", OFFERED)).containsExactly(new Problem(Kind.UNKNOWN_PLACEHOLDER, 1, 5, "x"));
    }

    @Test
    void refusesToFillATextWithProblemsOrAMissingValue() {
        assertThatThrownBy(() -> TextTemplate.fill("{fee", Map.of("fee", "1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TextTemplate.fill("{fee}", Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{fee}");
    }
}
