package org.greenlane.server.platform.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI 3 document at /v3/api-docs, rendered by Swagger UI at /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI greenlaneApi() {
        SecurityScheme clientCredentials = new SecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("OAuth2 client credentials (RFC 6749 §4.4): POST /auth/token with HTTP Basic client id and secret.")
                .flows(new OAuthFlows().clientCredentials(new OAuthFlow()
                        .tokenUrl("/auth/token")
                        .scopes(new Scopes()
                                .addString("api", "Use the Greenlane API as the client's organisation")
                                .addString("footprint:list", "List shared product footprints (PACT)")
                                .addString("footprint:read", "Read shared product footprints (PACT)"))));
        return new OpenAPI()
                .info(new Info()
                        .title("Greenlane API")
                        .version("v1")
                        .description("Open software for green trade. Errors are RFC 9457 application/problem+json.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("clientCredentials", clientCredentials))
                .addSecurityItem(new SecurityRequirement().addList("clientCredentials"));
    }
}
