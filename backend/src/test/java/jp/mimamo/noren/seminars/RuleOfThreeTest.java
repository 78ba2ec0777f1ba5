package jp.mimamo.noren.seminars;

import org.junit.jupiter.api.Test;

import java.util.List;

import static jp.mimamo.noren.seminars.OrganiserRole.BUSINESS;
import static jp.mimamo.noren.seminars.OrganiserRole.CARE;
import static jp.mimamo.noren.seminars.OrganiserRole.MEDICAL;
import static jp.mimamo.noren.seminars.OrganiserRole.OTHER;
import static jp.mimamo.noren.seminars.OrganiserRole.SHOPPING_STREET;
import static org.assertj.core.api.Assertions.assertThat;

class RuleOfThreeTest {

    @Test
    void threeOrganisationsWithDifferentRolesMakeASurface() {
        RuleOfThree rule = RuleOfThree.of(List.of(MEDICAL, CARE, SHOPPING_STREET));
        assertThat(rule.met()).isTrue();
        assertThat(rule.missingRoles()).isZero();
    }

    @Test
    void threeOrganisationsOfTwoRolesAreOnlyALine() {
        RuleOfThree rule = RuleOfThree.of(List.of(MEDICAL, MEDICAL, CARE));
        assertThat(rule.met()).isFalse();
        assertThat(rule.organisations()).isEqualTo(3);
        assertThat(rule.roles()).containsExactlyInAnyOrder(MEDICAL, CARE);
        assertThat(rule.missingRoles()).isEqualTo(1);
    }

    @Test
    void otherCountsAsOneRoleHoweverManyOrganisationsItHolds() {
        assertThat(RuleOfThree.of(List.of(OTHER, OTHER, OTHER, BUSINESS)).met()).isFalse();
        assertThat(RuleOfThree.of(List.of(OTHER, OTHER, BUSINESS, MEDICAL)).met()).isTrue();
    }

    @Test
    void aSeminarWithoutOrganisersIsAPointShortOfEverything() {
        RuleOfThree rule = RuleOfThree.of(List.of());
        assertThat(rule.met()).isFalse();
        assertThat(rule.missingRoles()).isEqualTo(3);
    }
}
