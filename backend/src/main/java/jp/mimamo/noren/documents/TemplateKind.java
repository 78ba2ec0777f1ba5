package jp.mimamo.noren.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of document text that head office keeps in its template library and a region may override: the renewal
 * request, its reminder, later receipts, consent forms, keychain cards, postcards. The feature that fills the text in
 * declares its kind as a bean, with the placeholders it fills and a sample value of each for previews.
 *
 * @param key          stable identifier, also stored with every version, e.g. {@code renewal-request}
 * @param hasSubject   whether the text has a one-line subject (an email's subject, a letter's title) besides its body
 * @param placeholders the names a text of this kind may use, in the order they are offered to an editor
 */
public record TemplateKind(String key, String nameJa, String nameEn, boolean hasSubject, List<Placeholder> placeholders) {
    private static final Pattern KEY = Pattern.compile("^[a-z][a-z0-9-]{1,60}$");

    public TemplateKind {
        Objects.requireNonNull(nameJa, "nameJa");
        Objects.requireNonNull(nameEn, "nameEn");
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A template key is lower-case letters, digits and hyphens: " + key);
        }
        placeholders = List.copyOf(placeholders);
    }

    public List<String> names() {
        return placeholders.stream().map(Placeholder::name).toList();
    }

    /** The sample value of every placeholder, for previews. */
    public Map<String, String> samples() {
        Map<String, String> samples = new LinkedHashMap<>();
        placeholders.forEach(p -> samples.put(p.name(), p.sample()));
        return samples;
    }

    /** One name a text may use between braces, what it stands for, and a value to show in previews. */
    public record Placeholder(String name, String labelJa, String labelEn, String sample) {
        public Placeholder {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(labelJa, "labelJa");
            Objects.requireNonNull(labelEn, "labelEn");
            Objects.requireNonNull(sample, "sample");
        }
    }
}
