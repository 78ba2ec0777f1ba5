package jp.mimamo.noren.audit;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Hands a controller the {@link ClientInfo} of its request. The address comes from Micronaut's resolver, which
 * honours {@code micronaut.server.client-address-header} when the application runs behind a proxy.
 */
@Singleton
class ClientInfoBinder implements TypedRequestArgumentBinder<ClientInfo> {
    private final HttpClientAddressResolver addresses;

    ClientInfoBinder(HttpClientAddressResolver addresses) {
        this.addresses = addresses;
    }

    @Override
    public Argument<ClientInfo> argumentType() {
        return Argument.of(ClientInfo.class);
    }

    @Override
    public BindingResult<ClientInfo> bind(ArgumentConversionContext<ClientInfo> context, HttpRequest<?> source) {
        ClientInfo client = new ClientInfo(addresses.resolve(source), source.getHeaders().get(HttpHeaders.USER_AGENT));
        return () -> Optional.of(client);
    }
}
