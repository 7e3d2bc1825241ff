package fr.cmq.steering;

/** What a member brings to the campus, as the texts say: money, things, or people's time. */
public enum ContributionKind {
    FINANCIERE,
    MATERIELLE,
    /** Time given by people, in hours and valued in euros. */
    HUMAINE
}
