package fr.cmq.shared.signing;

/** A binding act, which says as what its signer signs (labels {@code signature.act.*}, {@code signature.role.*}). */
public enum SignatureAct {
    DEPOT_DOSSIER("dossier"),
    COSIGNATURE_ACADEMIE("dossier"),
    COSIGNATURE_REGION("dossier"),
    VALIDATION_BUDGET("budget");

    private final String subjectType;

    SignatureAct(String subjectType) {
        this.subjectType = subjectType;
    }

    public String subjectType() {
        return subjectType;
    }
}
