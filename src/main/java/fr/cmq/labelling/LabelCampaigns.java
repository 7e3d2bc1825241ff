package fr.cmq.labelling;

import java.util.List;

import fr.cmq.identity.CmqUser;

/** The criteria grids and the campaigns, kept by the national administration. */
public interface LabelCampaigns {

    /**
     * Loads a version of the cahier des charges; a version loaded once never changes, since dossiers keep it.
     *
     * @throws fr.cmq.shared.RuleViolationException when this version exists already
     */
    long loadGrid(CmqUser admin, String version, String title, List<Criterion> criteria);

    /** @throws fr.cmq.shared.InvalidFieldException for a missing field or a calendar out of order */
    long openCampaign(CmqUser admin, NewCampaign campaign);
}
