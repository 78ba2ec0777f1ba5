package jp.mimamo.noren.keychains;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import jp.mimamo.noren.documents.TemplateKind;
import jp.mimamo.noren.documents.TemplateKind.Placeholder;

import java.util.List;

/**
 * The keychain card's words in head office's template library. The subject is the heading of each card's front; the
 * body's first line is the label above the centre, the second the label above the number on the back, the third the
 * note printed above the cards.
 */
@Factory
class KeychainCardTemplate {
    static final String KEY = "keychain-card";

    @Singleton
    TemplateKind keychainCard() {
        return new TemplateKind(KEY, "キーホルダーのカード", "Keychain card", true, List.of(
                new Placeholder("regionName", "地域（ネットワーク）の名称", "Region (network) name", "おおた高齢者見守りネットワーク")));
    }
}
