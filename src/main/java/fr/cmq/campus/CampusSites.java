package fr.cmq.campus;

import java.util.List;

import fr.cmq.identity.CmqUser;

/** The places of a campus: read by all, kept by its team. */
public interface CampusSites {

    List<Site> of(long campusId);

    long add(CmqUser actor, long campusId, NewSite site);

    void remove(CmqUser actor, long campusId, long siteId);
}
