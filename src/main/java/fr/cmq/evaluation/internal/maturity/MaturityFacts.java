package fr.cmq.evaluation.internal.maturity;

import org.jspecify.annotations.Nullable;

import fr.cmq.evaluation.SelfAssessmentState;

/**
 * What the platform knows of a campus that its maturity depends on, read from the modules that keep it: counts and
 * presences only.
 *
 * @param instancesMet the campus's own instances (the regional committee aside) that have met at least once
 * @param directorAccount an enabled account holds the role of directeur opérationnel for the campus
 * @param measuredThisYear indicators the campus follows with a measure dated this year
 * @param fundedBudget a budget of this year or the last is validated with a resource line
 * @param selfAssessment the state of its latest self-evaluation, or null when none was ever opened
 * @param excellenceInForce it holds a label in force in the catégorie Excellence
 * @param recognisedByExperts its latest published external evaluation is favourable, overall and on domain 0 (the
 *        campus as an actor of its territory's economic and social development)
 */
public record MaturityFacts(boolean diagnostic, int objectives, int activeMembers, int instancesMet, boolean convention,
        boolean missionLetter, boolean directorAccount, int actions, int actionsDone, int measuredThisYear,
        boolean fundedBudget, @Nullable SelfAssessmentState selfAssessment, boolean excellenceInForce,
        boolean recognisedByExperts) {
}
