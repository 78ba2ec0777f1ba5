package jp.mimamo.noren;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "みま～も Noren API", version = "1",
        description = "Region work under /api/v1/regions/{region}, head office under /api/v1/hq, public flows under /api/v1/public."))
public class Application {
    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
