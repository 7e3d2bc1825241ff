package fr.cmq.identity;

/** What may be done with what a région holds in common, its comité d'orientation stratégique. */
public enum RegionAction {
    /** Read: its keepers, and the team (director, chef d'établissement support) of a campus of the région. */
    READ,
    /** Keep: the national administration and the pilots of the région or of one of its académies. */
    KEEP
}
