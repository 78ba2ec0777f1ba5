package jp.mimamo.noren.documents;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineBreakerTest {
    /** Full-width characters are 1 em wide, ASCII half. */
    private static double width(String text) {
        return text.codePoints().mapToDouble(cp -> cp < 0x80 ? 0.5 : 1).sum();
    }

    private static List<String> lines(String text, double ems) {
        return LineBreaker.lines(text, ems, LineBreakerTest::width);
    }

    @Test
    void breaksBetweenAnyTwoJapaneseCharacters() {
        assertThat(lines("地域の見守り活動", 3)).containsExactly("地域の", "見守り", "活動");
    }

    @Test
    void neverStartsALineWithClosingPunctuation() {
        assertThat(lines("お願い申し上げます。", 9)).containsExactly("お願い申し上げま", "す。");
        assertThat(lines("あいう「え」、お", 4)).containsExactly("あいう", "「え」、", "お");
    }

    @Test
    void neverStartsALineWithASmallKanaOrLongVowelMark() {
        assertThat(lines("ステッカー", 2)).containsExactly("ス", "テッ", "カー");
    }

    @Test
    void neverEndsALineWithAnOpeningBracket() {
        assertThat(lines("ご記入「継続する」", 3)).containsExactly("ご記入", "「継続", "する」");
        assertThat(lines("あいう（注）", 4)).containsExactly("あいう", "（注）");
    }

    @Test
    void keepsNumbersAndLatinWordsWhole() {
        assertThat(lines("電話03-1234-5678まで", 6.5)).containsExactly("電話", "03-1234-5678", "まで");
        assertThat(lines("金額は24,000円です", 4.5)).containsExactly("金額は", "24,000円", "です");
    }

    @Test
    void breaksLatinTextAtSpacesAndDropsTheSpace() {
        assertThat(lines("watch over network", 4)).containsExactly("watch", "over", "network");
    }

    @Test
    void cutsAWordLongerThanTheLine() {
        assertThat(lines("abcdefghij", 2)).containsExactly("abcd", "efgh", "ij");
    }

    @Test
    void startsANewLineAtEveryNewlineAndKeepsEmptyLines() {
        assertThat(lines("拝啓\n\n　さて、", 10)).containsExactly("拝啓", "", "　さて、");
    }

    @Test
    void keepsEnclosedNumbersAndCompanyMarksAsCharacters() {
        assertThat(lines("①㈱髙﨑", 2)).containsExactly("①㈱", "髙﨑");
    }
}
