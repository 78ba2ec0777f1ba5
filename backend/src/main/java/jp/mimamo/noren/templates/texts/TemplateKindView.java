package jp.mimamo.noren.templates.texts;

import io.micronaut.serde.annotation.Serdeable;
import jp.mimamo.noren.documents.TemplateKind;

import java.util.List;

/** What a kind of text is and the placeholders an editor may use, each with its sample value. */
@Serdeable
public record TemplateKindView(String key, String nameJa, String nameEn, boolean hasSubject, List<PlaceholderView> placeholders) {
    static TemplateKindView of(TemplateKind kind) {
        return new TemplateKindView(kind.key(), kind.nameJa(), kind.nameEn(), kind.hasSubject(), kind.placeholders().stream()
                .map(p -> new PlaceholderView(p.name(), p.labelJa(), p.labelEn(), p.sample())).toList());
    }

    /** One placeholder, written {name} in a text. */
    @Serdeable
    public record PlaceholderView(String name, String labelJa, String labelEn, String sample) {
    }
}
