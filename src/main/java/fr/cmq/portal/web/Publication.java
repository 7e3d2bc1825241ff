package fr.cmq.portal.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who publishes the platform, who hosts it, whom to write to, and where its accessibility stands ({@code cmq.publication.*}):
 * what the legal notice and the accessibility statement say, set by whoever runs the platform.
 *
 * @param publisher      the publishing body, its address and its director of publication
 * @param host           the hosting provider and its address
 * @param contact        the address people write to about the platform (accessibility included)
 * @param accessibility  the last audit (none yet when {@code auditedOn} is empty) and the multi-year plan
 */
@ConfigurationProperties("cmq.publication")
public record Publication(@DefaultValue Publisher publisher, @DefaultValue Host host,
        @DefaultValue("contact@cmq.localhost") String contact, @DefaultValue Accessibility accessibility) {

    public record Publisher(@DefaultValue("Opérateur de la plateforme des Campus des métiers et des qualifications") String name,
            @DefaultValue("Adresse à renseigner (cmq.publication.publisher.address)") String address,
            @DefaultValue("Directeur ou directrice de la publication à renseigner") String director) {
    }

    public record Host(@DefaultValue("Hébergeur à renseigner (cmq.publication.host.name)") String name,
            @DefaultValue("") String address) {
    }

    /**
     * @param auditedOn  the day the last RGAA audit ended; none yet when empty
     * @param auditor    who audited it
     * @param rate       the share of the RGAA criteria met, in percent
     * @param plan       the address of the multi-year accessibility plan and of this year's action plan
     * @param statedOn   the day this statement was written or last updated
     */
    public record Accessibility(@Nullable LocalDate auditedOn, @Nullable String auditor, @Nullable Integer rate,
            @Nullable String plan, @DefaultValue("2026-12-02") LocalDate statedOn) {

        /** Non conforme without an audit or under 50 %, partiellement conforme under 100 %, totalement conforme at 100 %. */
        public String conformity() {
            if (auditedOn == null || rate == null || rate < 50) {
                return "NON";
            }
            return rate < 100 ? "PARTIELLE" : "TOTALE";
        }
    }
}
