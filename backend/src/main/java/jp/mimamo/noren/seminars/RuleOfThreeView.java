package jp.mimamo.noren.seminars;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Whether three or more organisations with different roles run the seminar, and which roles they cover. */
@Serdeable
public record RuleOfThreeView(boolean met, int organisations, List<String> roles, int missingRoles) {
    static RuleOfThreeView of(RuleOfThree rule) {
        return new RuleOfThreeView(rule.met(), rule.organisations(), rule.roles().stream().map(r -> r.code).toList(), rule.missingRoles());
    }
}
