package jp.mimamo.noren.web;

import io.micronaut.serde.annotation.Serdeable;
import jp.mimamo.noren.tenancy.Region;

import java.util.List;
import java.util.Set;

/** The signed-in person and the regions they may work in. */
@Serdeable
public record Me(String username, String displayName, String email, Set<String> roles, List<Region> regions,
                 boolean headOffice) {
}
