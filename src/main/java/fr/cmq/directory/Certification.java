package fr.cmq.directory;

import org.jspecify.annotations.Nullable;

/**
 * A certification of ONISEP's reference (its id is ONISEP's, e.g. {@code FOR.1234}), with its level in the 2019
 * nomenclature when it is registered at the RNCP.
 */
public record Certification(
        String id,
        String title,
        @Nullable String typeLabel,
        @Nullable String typeAcronym,
        @Nullable String duration,
        @Nullable String rncpCode,
        @Nullable Integer level,
        @Nullable String onisepUrl) {
}
