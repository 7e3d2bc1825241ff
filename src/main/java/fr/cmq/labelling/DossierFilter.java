package fr.cmq.labelling;

import org.jspecify.annotations.Nullable;

/**
 * The filters of a list of dossiers; each one left empty keeps every dossier the reader may see. {@code late} keeps
 * the dossiers behind their campaign's calendar: not deposited by their deadline, not co-signed with their avis by the
 * avis deadline, not reviewed by the review deadline.
 */
public record DossierFilter(@Nullable Long campaignId, @Nullable DossierState state, @Nullable String academieCode,
        @Nullable String regionCode, @Nullable String filiereCode, boolean late) {

    public static final DossierFilter ALL = new DossierFilter(null, null);

    public DossierFilter(@Nullable Long campaignId, @Nullable DossierState state) {
        this(campaignId, state, null, null, null, false);
    }
}
