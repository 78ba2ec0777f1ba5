package jp.mimamo.noren.sponsors;

import jp.mimamo.noren.shared.FieldError;
import jp.mimamo.noren.shared.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SponsorRulesTest {
    private static final Set<String> CATEGORIES = Set.of("hospital", "pharmacy");

    @Test
    void acceptsOfficeStyleInputAndStoresOneForm() {
        ValidSponsor valid = SponsorRules.validate(form("１４３００２３", "０３－１２３４－５６７８", "ｻﾝﾉｳﾋﾞｮｳｲﾝ"), CATEGORIES, Locale.JAPANESE);
        assertThat(valid.postalCode()).isEqualTo("143-0023");
        assertThat(valid.phone()).isEqualTo("03-1234-5678");
        assertThat(valid.nameKana()).isEqualTo("サンノウビョウイン");
        assertThat(valid.searchKey()).contains("山王病院").contains("サンノウビョウイン");
    }

    @Test
    void namesEveryRejectedFieldAtOnce() {
        SponsorForm bad = new SponsorForm(" ", "山王", "casino", "12-3456", null, "12345", "not-an-email",
                LocalDate.of(1990, 1, 1), null, List.of(new SponsorContact("", null, null, null, null)), null);
        ProblemException problem = catchThrowableOfType(ProblemException.class,
                () -> SponsorRules.validate(bad, CATEGORIES, Locale.JAPANESE));
        assertThat(problem.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                "name", "nameKana", "categoryCode", "postalCode", "phone", "email", "joinedOn", "contacts[0].name");
        assertThat(problem.errors()).filteredOn(e -> e.field().equals("postalCode"))
                .extracting(FieldError::message).containsExactly("郵便番号は 123-4567 の形式で入力してください");
    }

    @Test
    void speaksEnglishWhenAskedTo() {
        ProblemException problem = catchThrowableOfType(ProblemException.class,
                () -> SponsorRules.validate(form("abc", null, "サンノウ"), CATEGORIES, Locale.ENGLISH));
        assertThat(problem.errors()).extracting(FieldError::message).containsExactly("Enter the postal code as 123-4567");
    }

    @Test
    void limitsContactsToTwenty() {
        List<SponsorContact> many = java.util.Collections.nCopies(21, new SponsorContact("担当", null, null, null, null));
        SponsorForm form = new SponsorForm("山王病院", "サンノウ", "hospital", null, null, null, null, null, null, many, null);
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> SponsorRules.validate(form, CATEGORIES, Locale.JAPANESE));
        assertThat(problem.errors()).extracting(FieldError::field).containsExactly("contacts");
    }

    private static SponsorForm form(String postal, String phone, String kana) {
        return new SponsorForm("山王病院", kana, "hospital", postal, null, phone, null, null, null, null, null);
    }
}
