package fr.cmq.steering;

/** A year's budget is drafted by the campus team, submitted, then signed off by the chef d'établissement support. */
public enum BudgetStatus {
    BROUILLON,
    SOUMIS,
    VALIDE
}
