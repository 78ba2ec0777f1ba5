package jp.mimamo.noren.templates.texts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineDiffTest {

    @Test
    void identicalTextsAreAllSame() {
        assertThat(LineDiff.between("拝啓\n本文\n敬具", "拝啓\n本文\n敬具"))
                .extracting(DiffLine::op).containsOnly("same").hasSize(3);
    }

    @Test
    void aChangedLineIsRemovedThenAddedBetweenTheLinesThatStay() {
        List<DiffLine> diff = LineDiff.between("拝啓\n協賛金：{fee}\n敬具", "拝啓\n協賛金（税込）：{fee}\n敬具");

        assertThat(diff).containsExactly(DiffLine.same("拝啓"), DiffLine.removed("協賛金：{fee}"),
                DiffLine.added("協賛金（税込）：{fee}"), DiffLine.same("敬具"));
    }

    @Test
    void insertionsAndDeletionsInTheMiddleKeepTheCommonLinesInOrder() {
        List<DiffLine> diff = LineDiff.between("a\nb\nc\nd\ne", "a\nc\nx\nd\ne\nf");

        assertThat(diff).containsExactly(DiffLine.same("a"), DiffLine.removed("b"), DiffLine.same("c"), DiffLine.added("x"),
                DiffLine.same("d"), DiffLine.same("e"), DiffLine.added("f"));
    }

    @Test
    void aMissingTextIsAllAddedOrAllRemoved() {
        assertThat(LineDiff.between(null, "件名")).containsExactly(DiffLine.added("件名"));
        assertThat(LineDiff.between("件名", "")).containsExactly(DiffLine.removed("件名"));
    }

    @Test
    void aBlankLineIsALineLikeAnyOther() {
        assertThat(LineDiff.between("拝啓\n\n敬具", "拝啓\n敬具")).containsExactly(DiffLine.same("拝啓"), DiffLine.removed(""), DiffLine.same("敬具"));
    }
}
