package fr.cmq.campus.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.identity.CampusAccess;
import fr.cmq.identity.CampusAction;
import fr.cmq.identity.CmqUser;
import fr.cmq.shared.NotFoundException;

/** Checks a right on a campus known by its id: 404 when there is no such campus, 403 when the user may not. */
@Component
class CampusGuard {

    private final CampusDirectory directory;
    private final CampusAccess access;

    CampusGuard(CampusDirectory directory, CampusAccess access) {
        this.directory = directory;
        this.access = access;
    }

    void check(@Nullable CmqUser user, CampusAction action, long campusId) {
        access.check(user, action, directory.scope(campusId)
                .orElseThrow(() -> new NotFoundException("Campus " + campusId + " introuvable")));
    }
}
