package jp.mimamo.noren.templates.texts;

import jakarta.inject.Singleton;
import jp.mimamo.noren.documents.TemplateKind;
import jp.mimamo.noren.shared.ProblemException;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The kinds of text the library knows: every {@link TemplateKind} bean a feature declares, by key. */
@Singleton
class TemplateRegistry {
    private final List<TemplateKind> kinds;
    private final Map<String, TemplateKind> byKey;

    TemplateRegistry(List<TemplateKind> kinds) {
        this.kinds = kinds.stream().sorted(Comparator.comparing(TemplateKind::key)).toList();
        this.byKey = kinds.stream().collect(Collectors.toMap(TemplateKind::key, Function.identity()));
    }

    List<TemplateKind> all() {
        return kinds;
    }

    /** The kind with this key; an unknown key is 404. */
    TemplateKind find(String key) {
        TemplateKind kind = byKey.get(key);
        if (kind == null) {
            throw ProblemException.notFound();
        }
        return kind;
    }
}
