package fr.cmq.campus.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusDirectory;
import fr.cmq.identity.CampusAccess;
import fr.cmq.identity.CampusAction;
import fr.cmq.identity.CmqUser;
import fr.cmq.shared.NotFoundException;

/** Reads a campus for a team page: 404 when there is none, 403 when the user may not do that on it. */
@Component
class CheckedCampuses {

    private final CampusDirectory directory;
    private final CampusAccess access;

    CheckedCampuses(CampusDirectory directory, CampusAccess access) {
        this.directory = directory;
        this.access = access;
    }

    CampusDetails find(long id, @Nullable CmqUser user, CampusAction action) {
        var campus = directory.find(id).orElseThrow(() -> new NotFoundException("Campus " + id + " introuvable"));
        access.check(user, action, campus.scope());
        return campus;
    }

    boolean may(@Nullable CmqUser user, CampusAction action, CampusDetails campus) {
        return access.may(user, action, campus.scope());
    }
}
