package fr.cmq.directory;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;


import java.util.Optional;

/**
 * The levels of the national nomenclature of qualifications (2019), with the old levels (V to I) they replace.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public enum Level {
    NIVEAU_3(3, "V", "CAP, BEP", "CAP"),
    NIVEAU_4(4, "IV", "Baccalauréat", "Bac"),
    NIVEAU_5(5, "III", "Bac + 2 (BTS)", "Bac +2"),
    NIVEAU_6(6, "II", "Bac + 3 (licence, BUT)", "Bac +3"),
    NIVEAU_7(7, "I", "Bac + 5 (master, ingénieur)", "Bac +5"),
    NIVEAU_8(8, "I", "Doctorat", "Doctorat");

    private final int number;
    private final String oldLevel;
    private final String usualDiplomas;
    private final String everydayName;

    /** As a family says it, then as the nomenclature does: "Bac +2 (niveau 5)". */
    public String inWords() {
        return everydayName + " (niveau " + number + ")";
    }

    public int number() {
        return number;
    }

    public String oldLevel() {
        return oldLevel;
    }

    public String usualDiplomas() {
        return usualDiplomas;
    }

    public String label() {
        return "Niveau " + number + " (ancien niveau " + oldLevel + ") — " + usualDiplomas;
    }

    public static Optional<Level> of(int number) {
        for (Level level : values()) {
            if (level.number == number) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the "niveau RNCP" column of ONISEP files, which uses the old numbering (1 → 7, 2 → 6, 3 → 5, 4 → 4,
     * 5 → 3) and 8 for doctorates; 0 means not registered at the RNCP, which has no level.
     */
    public static Optional<Level> fromOnisepRncpLevel(int onisepLevel) {
        return switch (onisepLevel) {
            case 1 -> Optional.of(NIVEAU_7);
            case 2 -> Optional.of(NIVEAU_6);
            case 3 -> Optional.of(NIVEAU_5);
            case 4 -> Optional.of(NIVEAU_4);
            case 5 -> Optional.of(NIVEAU_3);
            case 8 -> Optional.of(NIVEAU_8);
            default -> Optional.empty();
        };
    }
}
