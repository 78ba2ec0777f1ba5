package jp.mimamo.noren.seminars;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * みま～も's rule of three: one organisation is a point, two a line, and only three with different roles make a
 * surface (面). A seminar meets it when its organisers cover at least three different roles; several organisations
 * of one role count once, and "other" counts as one role however many it holds.
 */
record RuleOfThree(boolean met, int organisations, Set<OrganiserRole> roles) {
    static final int REQUIRED_ROLES = 3;

    static RuleOfThree of(Collection<OrganiserRole> organiserRoles) {
        Set<OrganiserRole> distinct = organiserRoles.isEmpty() ? EnumSet.noneOf(OrganiserRole.class) : EnumSet.copyOf(organiserRoles);
        return new RuleOfThree(distinct.size() >= REQUIRED_ROLES, organiserRoles.size(), distinct);
    }

    /** How many more roles the seminar needs; 0 when it meets the rule. */
    int missingRoles() {
        return Math.max(0, REQUIRED_ROLES - roles.size());
    }
}
