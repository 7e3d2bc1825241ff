package fr.cmq.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.cmq.identity.CmqUser;

/**
 * The network's questionnaires of a self-evaluation: the team opens one per group and domain and shares its link;
 * anyone with the link answers once per browser session, without an account, anonymously; the self-evaluation shows
 * each group's answers beside the team's position. The team's acts are checked by the callers' guard; answering is
 * open to the link's holders, and limited in rate.
 */
public interface NetworkSurveys {

    /**
     * @throws fr.cmq.shared.RuleViolationException when the self-evaluation is evaluated, or the questionnaire is open
     *         already for that group and domain
     * @throws fr.cmq.shared.NotFoundException for a domain its référentiel does not have
     */
    long open(CmqUser actor, long campusId, long assessmentId, Audience audience, int domain);

    /** The questionnaire takes no more answers; what was answered stays. */
    void close(CmqUser actor, long campusId, long surveyId);

    /** The questionnaires of a self-evaluation, by group and domain, with how many answered. */
    List<NetworkSurvey> of(long campusId, long assessmentId);

    /** The questionnaire a link leads to, as its respondents see it. */
    Optional<Questionnaire> questionnaire(String token);

    /**
     * Records an anonymous answer: a position from 1 to 4 for each référence answered, by its code.
     *
     * @param session the browser session answering: kept only as a one-way digest, to refuse its second answer
     * @return false when this session had answered already (nothing is recorded)
     * @throws fr.cmq.shared.RuleViolationException when the questionnaire is closed
     * @throws fr.cmq.shared.InvalidFieldException when no référence is answered, or for a position or a code not its own
     * @throws fr.cmq.shared.BusyException when answers come faster than a group answers
     */
    boolean answer(String token, String session, Map<String, Integer> positions);

    /** For each référence of the self-evaluation, what the groups say beside the team's position. */
    Map<String, GroupViews> views(long campusId, long assessmentId);

    /** A questionnaire as its link shows it: the campus, the group, the domain and its références. */
    record Questionnaire(String token, String campusName, Audience audience, Framework.Domain domain, boolean open) {
    }
}
