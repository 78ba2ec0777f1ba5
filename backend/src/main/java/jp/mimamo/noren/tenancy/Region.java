package jp.mimamo.noren.tenancy;

import io.micronaut.serde.annotation.Serdeable;

/** A branch region (支部), the tenant. Its code is the Keycloak organization alias and the value of every region column. */
@Serdeable
public record Region(String code, String name, String nameEn) {
}
