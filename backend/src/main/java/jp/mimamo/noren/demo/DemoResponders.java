package jp.mimamo.noren.demo;

import jp.mimamo.noren.lookups.OrganisationForm;
import jp.mimamo.noren.lookups.ResponderOrganisations;
import jp.mimamo.noren.tenancy.Caller;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.Roles;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The responder organisations of the demo: Ota approves 大森赤十字病院 and 大森警察署, Yamato its fire department
 * (and has a hospital waiting for approval). The demo responders {@code ota-responder} and {@code yamato-responder}
 * work at the first of each.
 */
final class DemoResponders {
    private DemoResponders() {
    }

    record Organisation(String name, String kind, String phone, boolean approved, String member) {
    }

    /** Adds the demo organisations the region does not have yet (by name); true when it added any. */
    static boolean seed(DemoRegion demo, ResponderOrganisations responders, Set<String> existing) {
        List<Organisation> organisations = switch (demo.region().code()) {
            case "ota" -> List.of(new Organisation("大森赤十字病院", "hospital", "03-3775-3111", true, "ota-responder"),
                    new Organisation("大森警察署", "police", "03-3762-0110", true, null));
            case "yamato" -> List.of(new Organisation("大和市消防本部", "fire", "046-261-0119", true, "yamato-responder"),
                    new Organisation("大和市立病院", "hospital", "046-260-0111", false, null));
            default -> List.of();
        };
        CurrentRegion admin = new CurrentRegion(demo.region(), new Caller(demo.region().code() + "-admin", "デモデータ", null,
                Set.of(Roles.REGION_ADMIN), List.of(demo.region().code())));
        boolean added = false;
        for (Organisation o : organisations) {
            if (existing.contains(o.name())) {
                continue;
            }
            added = true;
            long id = responders.create(admin, new OrganisationForm(o.name(), o.kind(), o.phone(), o.approved(), null),
                    Locale.JAPANESE).id();
            if (o.member() != null) {
                responders.assign(admin, id, o.member(), Locale.JAPANESE);
            }
        }
        return added;
    }
}
