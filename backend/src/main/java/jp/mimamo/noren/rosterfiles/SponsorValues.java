package jp.mimamo.noren.rosterfiles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A sponsor's fields as stored, or as an import will write them (normalised; absent values are null). */
record SponsorValues(String name, String nameKana, String categoryCode, String postalCode, String address, String phone,
                     String email, LocalDate joinedOn, String notes) {
    static final SponsorValues NONE = new SponsorValues(null, null, null, null, null, null, null, null, null);

    /** The field ids (as the sponsor history names them) whose values differ from {@code before}. */
    List<String> changedFrom(SponsorValues before) {
        List<String> changed = new ArrayList<>();
        Map<String, Object> mine = asMap();
        before.asMap().forEach((field, value) -> {
            if (!Objects.equals(value, mine.get(field))) {
                changed.add(field);
            }
        });
        return changed;
    }

    /** Field id → value, in the order of the roster columns (dates as ISO text). */
    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("nameKana", nameKana);
        map.put("categoryCode", categoryCode);
        map.put("postalCode", postalCode);
        map.put("address", address);
        map.put("phone", phone);
        map.put("email", email);
        map.put("joinedOn", joinedOn == null ? null : joinedOn.toString());
        map.put("notes", notes);
        return map;
    }

    /** One hash per field, to tell whether two rows of the same sponsor agree without keeping the rows. */
    int[] fieldHashes() {
        return asMap().values().stream().mapToInt(Objects::hashCode).toArray();
    }
}
