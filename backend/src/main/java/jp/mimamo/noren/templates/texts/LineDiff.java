package jp.mimamo.noren.templates.texts;

import java.util.ArrayList;
import java.util.List;

/**
 * Two texts compared line by line, as a reader reviews a change: the longest run of lines both share stays, the rest
 * is shown as removed then added. Texts are at most a few hundred lines (see {@link TemplateText}), so the table of
 * common lengths stays small.
 */
final class LineDiff {
    private LineDiff() {
    }

    static List<DiffLine> between(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<DiffLine> diff = new ArrayList<>();
        a.subList(0, prefix).forEach(line -> diff.add(DiffLine.same(line)));
        middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), diff);
        a.subList(a.size() - suffix, a.size()).forEach(line -> diff.add(DiffLine.same(line)));
        return diff;
    }

    /** Longest common subsequence by dynamic programming, read back from the start. */
    private static void middle(List<String> a, List<String> b, List<DiffLine> diff) {
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                diff.add(DiffLine.same(a.get(i++)));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                diff.add(DiffLine.removed(a.get(i++)));
            } else {
                diff.add(DiffLine.added(b.get(j++)));
            }
        }
        while (i < a.size()) {
            diff.add(DiffLine.removed(a.get(i++)));
        }
        while (j < b.size()) {
            diff.add(DiffLine.added(b.get(j++)));
        }
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : text.lines().toList();
    }
}
