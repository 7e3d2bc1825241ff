package fr.cmq.evaluation;

/**
 * The kinds of the platform's own facts that prove a référence: what the self-evaluation proposes to link, read from the
 * modules that keep them, so that nothing the campus already recorded is typed or uploaded twice.
 */
public enum FactKind {
    /** The convention constitutive and the lettre de mission of the directeur opérationnel. */
    CONVENTION,
    /** The governance instances, their composition, meetings and minutes. */
    INSTANCES,
    /** The shared socio-economic diagnostic. */
    DIAGNOSTIC,
    /** The strategic objectives and the action plan with its progress. */
    PLAN,
    /** The indicators followed, their measures and targets. */
    INDICATEURS,
    /** The budgets, their funding and the members' contributions. */
    BUDGET,
    /** The companies and laboratories of the network. */
    PARTENAIRES,
    /** The events of the campus, Erasmus+ mobilities among them. */
    EVENEMENTS,
    /** The formations of the network, its parcours and passerelles. */
    OFFRE,
    /** The label dossier. */
    DOSSIER
}
