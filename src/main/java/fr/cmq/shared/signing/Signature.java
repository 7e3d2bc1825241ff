package fr.cmq.shared.signing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One signature: the act, the thing signed (its kind, id — a dossier's, a budget's year —, campus, the version signed and a summary of it as it stood),
 * the signer's name and address, when; void from {@code voidedAt} when the thing was sent back or amended.
 */
public record Signature(long id, SignatureAct act, long subjectId, long campusId, long subjectVersion, String summary,
        String signerEmail, String signerName, Instant signedAt, @Nullable Instant voidedAt,
        @Nullable String voidedReason) {

    public boolean valid() {
        return voidedAt == null;
    }

    /** Where the thing signed is read. */
    public String path() {
        return act == SignatureAct.VALIDATION_BUDGET ? "/campus/" + campusId + "/budget/" + subjectId
                : "/dossiers/" + subjectId;
    }
}
