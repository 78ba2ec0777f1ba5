package jp.mimamo.noren.tables;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExcelDateFormatsTest {

    @Test
    void builtInDateFormatsIncludeTheJapaneseOnes() {
        for (int id : List.of(14, 17, 22, 27, 31, 36, 45, 50, 57, 58)) {
            assertThat(ExcelDateFormats.isDate(id, null)).as("id %d", id).isTrue();
        }
        for (int id : List.of(0, 1, 2, 9, 10, 11, 37, 49, 59)) {
            assertThat(ExcelDateFormats.isDate(id, null)).as("id %d", id).isFalse();
        }
    }

    @Test
    void customFormatsAreDatesWhenTheyShowADatePartOutsideQuotes() {
        for (String format : List.of("yyyy/m/d", "yyyy\"年\"m\"月\"d\"日\"", "[$-ja-JP]ggge\"年\"m\"月\"d\"日\"", "h:mm",
                "[h]:mm:ss", "yyyy-mm-dd;@", "m/d/yyyy h:mm AM/PM")) {
            assertThat(ExcelDateFormats.isDate(200, format)).as(format).isTrue();
        }
        for (String format : List.of("General", "0.00", "#,##0\"円\"", "\"day\"0", "0\\d", "0.00E+00", "[Red]#,##0",
                "[$¥-411]#,##0", "#,##0_);(#,##0)", "@", "0;\"d\"")) {
            assertThat(ExcelDateFormats.isDate(200, format)).as(format).isFalse();
        }
    }
}
