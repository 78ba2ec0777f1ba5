package jp.mimamo.noren.tenancy;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.AnnotatedRequestArgumentBinder;
import io.micronaut.http.bind.binders.PostponedRequestArgumentBinder;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Fills an {@link InRegion} parameter with the region {@link RegionGuardFilter} resolved for the request. */
@Singleton
class CurrentRegionBinder implements AnnotatedRequestArgumentBinder<InRegion, CurrentRegion>,
        PostponedRequestArgumentBinder<CurrentRegion> {

    /** Arguments are first bound before the filters run; the region is only known after them. */
    @Override
    public BindingResult<CurrentRegion> bind(ArgumentConversionContext<CurrentRegion> context, HttpRequest<?> source) {
        return BindingResult.unsatisfied();
    }

    @Override
    public BindingResult<CurrentRegion> bindPostponed(ArgumentConversionContext<CurrentRegion> context, HttpRequest<?> source) {
        Optional<CurrentRegion> region = source.getAttribute(RegionGuardFilter.ATTRIBUTE, CurrentRegion.class);
        return () -> region;
    }

    @Override
    public Class<InRegion> getAnnotationType() {
        return InRegion.class;
    }
}
