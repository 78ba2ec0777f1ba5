package jp.mimamo.noren.audit;

import java.util.List;
import java.util.Map;

/**
 * What one access did: the registrant (none for a search), the action, which sections of the record it
 * touched, whether the full record or the limited view was shown, the purpose given, the outcome, and any
 * details a later reader needs (the search words and the ids listed, a number that was typed).
 */
public record AccessEntry(Long registrantId, String action, List<String> sections, Access access, String purpose,
                          Outcome outcome, Map<String, Object> details) {

    /** How much of the record the reader saw. */
    public enum Access { FULL, LIMITED, NONE }

    public enum Outcome { SHOWN, WRITTEN, REJECTED }

    public AccessEntry {
        sections = List.copyOf(sections);
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static AccessEntry read(long registrantId, List<String> sections, Access access, String purpose) {
        return new AccessEntry(registrantId, "read", sections, access, purpose, Outcome.SHOWN, Map.of());
    }

    public static AccessEntry written(long registrantId, String action, List<String> sections) {
        return new AccessEntry(registrantId, action, sections, Access.FULL, null, Outcome.WRITTEN, Map.of());
    }
}
