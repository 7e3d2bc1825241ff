package fr.cmq.labelling;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;


import java.util.Arrays;
import java.util.Optional;

/**
 * The steps of a dossier, by the names the API uses ({@code POST /api/v1/dossiers/{id}/transitions/{name}}). A
 * co-signature or an avis keeps the dossier where it is until the second one comes.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public enum Transition {
    /** The chef d'établissement support signs the dossier off: every criterion answered, before the deadline. */
    DEPOSIT("deposit"),
    /** The recteur's side or the Région's side carries it; both make it {@code COSIGNE}. */
    COSIGN("cosign"),
    /** Either side sends it back to the DO, with a reason. */
    SEND_BACK("send-back"),
    /** A pilot of the territory records the avis of the CAEN or of the CREFOP; both make it {@code AVIS_RECUEILLIS}. */
    RECORD_OPINION("record-opinion"),
    /** The administration opens the experts' review, the group assigned. */
    START_REVIEW("start-review"),
    /** The administration records the arrêté: every expert's report is in. */
    DECIDE("decide"),
    /** The administration withdraws the dossier, with a reason. */
    WITHDRAW("withdraw");

    private final String apiName;

    public String apiName() {
        return apiName;
    }

    public static Optional<Transition> named(String name) {
        return Arrays.stream(values()).filter(t -> t.apiName.equals(name)).findFirst();
    }
}
