package jp.mimamo.noren.audit;

import java.util.Map;

/** The Japanese words the export uses for the log's codes (the screens translate them themselves). */
final class AccessLabels {
    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("search", "検索"), Map.entry("read", "閲覧"), Map.entry("create", "登録"), Map.entry("update", "変更"),
            Map.entry("status", "状態の変更"), Map.entry("keychain", "キーホルダー"),
            Map.entry("card", "カード印刷"), Map.entry("number-check", "番号照会"), Map.entry("export", "閲覧記録の書き出し"),
            Map.entry("lookup", "緊急照会"), Map.entry("lookup-elsewhere", "他地域への緊急照会"));
    private static final Map<String, String> ACCESS = Map.of("full", "全項目", "limited", "限定", "none", "なし");
    private static final Map<String, String> OUTCOMES = Map.of("shown", "表示", "written", "書き込み", "rejected", "拒否");

    private AccessLabels() {
    }

    static String action(String code) {
        return ACTIONS.getOrDefault(code, code);
    }

    static String access(String code) {
        return ACCESS.getOrDefault(code, code);
    }

    static String outcome(String code) {
        return OUTCOMES.getOrDefault(code, code);
    }
}
