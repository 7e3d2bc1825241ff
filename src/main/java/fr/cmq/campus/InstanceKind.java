package fr.cmq.campus;

import java.util.Arrays;
import java.util.List;

/**
 * The governance bodies of the texts: the campus's own instances, and the regional strategic committee that campuses
 * recorded as one of theirs before the région's own ({@link RegionalCommittees}) — read still, no longer added.
 */
public enum InstanceKind {
    COMITE_ORIENTATION_STRATEGIQUE, COMITE_PILOTAGE, CONSEIL_PERFECTIONNEMENT, ASSEMBLEE_GENERALE, AUTRE;

    /** The kinds a campus adds: all but the comité d'orientation stratégique, which is the région's. */
    public static List<InstanceKind> ofACampus() {
        return Arrays.stream(values()).filter(kind -> kind != COMITE_ORIENTATION_STRATEGIQUE).toList();
    }
}
