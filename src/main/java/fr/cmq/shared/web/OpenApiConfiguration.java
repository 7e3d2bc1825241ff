package fr.cmq.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
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
                        .description("Données publiques en lecture libre ; le reste authentifié par un jeton personnel "
                                + "(« Authorization: Bearer cmq_… », créé sur la page « Mon compte », en lecture seule "
                                + "ou en lecture et écriture) ou par HTTP Basic, et contrôlé selon le rôle et le "
                                + "périmètre de son titulaire. Les erreurs suivent la RFC 9457 (ProblemDetail).")
                        .license(new License().name("Licence Ouverte / Etalab 2.0")))
                .components(new Components()
                        .addSecuritySchemes("jeton", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("cmq_<préfixe>_<secret>")
                                .description("Jeton personnel : agit avec les rôles de son titulaire, jamais plus."))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Adresse et mot de passe du compte, pour les scripts.")))
                // either scheme, or none for the public reads
                .addSecurityItem(new SecurityRequirement().addList("jeton"))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement());
    }
}
