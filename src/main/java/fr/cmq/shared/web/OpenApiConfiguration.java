package fr.cmq.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The description of the API served at {@code /api/docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI cmqOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("API de la plateforme des Campus des métiers et des qualifications")
                        .version("v1")
                        .description("Données publiques en lecture libre ; écritures authentifiées (HTTP Basic) et "
                                + "contrôlées selon le rôle et le périmètre. Les erreurs suivent la RFC 9457 (ProblemDetail).")
                        .license(new License().name("Licence Ouverte / Etalab 2.0")))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
    }
}
