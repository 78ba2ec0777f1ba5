package jp.mimamo.noren.tenancy;

import io.micronaut.core.bind.annotation.Bindable;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the {@link CurrentRegion} parameter of a region-scoped controller method: the {@code {region}} of
 * the path, already checked against the caller's membership by {@link RegionGuardFilter}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Bindable
public @interface InRegion {
}
