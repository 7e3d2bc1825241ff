package fr.cmq.labelling;

import org.jspecify.annotations.Nullable;

/** The filters of a list of dossiers; each one left empty keeps every dossier the reader may see. */
public record DossierFilter(@Nullable Long campaignId, @Nullable DossierState state) {

    public static final DossierFilter ALL = new DossierFilter(null, null);
}
