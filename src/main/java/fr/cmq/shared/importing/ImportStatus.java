package fr.cmq.shared.importing;

public enum ImportStatus {
    EN_COURS, TERMINE, ECHEC
}
