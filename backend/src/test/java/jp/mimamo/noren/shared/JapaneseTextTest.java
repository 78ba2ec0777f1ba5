package jp.mimamo.noren.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JapaneseTextTest {

    @Test
    void halfWidthAndFullWidthFoldToTheSameSearchKey() {
        assertThat(JapaneseText.searchKey("ｻﾝﾉｳ")).isEqualTo(JapaneseText.searchKey("サンノウ"));
        assertThat(JapaneseText.searchKey("ＡＢＣ")).isEqualTo(JapaneseText.searchKey("abc"));
        assertThat(JapaneseText.searchKey("ﾋﾞｮｳｲﾝ")).isEqualTo("ビョウイン");
    }

    @Test
    void hiraganaIsReadAsKatakanaAndSpacesDoNotCount() {
        assertThat(JapaneseText.searchKey("さんのう みなみ")).isEqualTo("サンノウミナミ");
        assertThat(JapaneseText.searchKey("山王　みなみ")).isEqualTo("山王ミナミ");
    }

    @Test
    void readingsAreStoredAsFullWidthKatakana() {
        assertThat(JapaneseText.reading(" ｻﾝﾉｳﾐﾅﾐﾋﾞｮｳｲﾝ ")).isEqualTo("サンノウミナミビョウイン");
        assertThat(JapaneseText.reading("やまだ はなこ")).isEqualTo("ヤマダ ハナコ");
        assertThat(JapaneseText.isKatakanaReading("ヤマダ・ハナコー")).isTrue();
        assertThat(JapaneseText.isKatakanaReading("山田")).isFalse();
    }

    @Test
    void namesKeepTheCharactersPeopleTyped() {
        assertThat(JapaneseText.trimmed("  髙﨑①㈱  ")).isEqualTo("髙﨑①㈱");
        assertThat(JapaneseText.trimmed("   ")).isNull();
        assertThat(JapaneseText.folded("　ｉｎｆｏ＠ｅｘａｍｐｌｅ．ｊｐ ")).isEqualTo("info@example.jp");
    }
}
