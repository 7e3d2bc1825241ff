package fr.cmq.labelling.internal;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.cmq.identity.CampusAccess;
import fr.cmq.identity.CampusScope;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Role;
import fr.cmq.labelling.CoSignSide;
import fr.cmq.labelling.Transition;

/**
 * Who may fire each transition of a dossier, whatever its state: the chef d'établissement support of the campus
 * signs it off; the académie's pilot co-signs for the recteur, the région's for the président de Région, either sends
 * it back or records an avis; the national administration opens the review, decides and withdraws. Signatures belong
 * to their office: the administration does not sign in the campus's or the territory's place.
 */
@Component
class TransitionRules {

    private final CampusAccess access;

    TransitionRules(CampusAccess access) {
        this.access = access;
    }

    boolean mayFire(@Nullable CmqUser user, Transition transition, CampusScope campus) {
        if (user == null) {
            return false;
        }
        return switch (transition) {
            case DEPOSIT -> access.holds(user, Role.CHEF_ETABLISSEMENT_SUPPORT, campus);
            case COSIGN, SEND_BACK, RECORD_OPINION -> access.holds(user, Role.PILOTE_ACADEMIQUE, campus)
                    || access.holds(user, Role.PILOTE_REGIONAL, campus);
            case START_REVIEW, DECIDE, WITHDRAW -> user.isNationalAdministrator();
        };
    }

    /** The side this pilot co-signs for: the académie's pilot for the recteur, the région's for the Région. */
    Optional<CoSignSide> sideOf(CmqUser user, CampusScope campus, DossierEntity dossier) {
        boolean academie = access.holds(user, Role.PILOTE_ACADEMIQUE, campus);
        boolean region = access.holds(user, Role.PILOTE_REGIONAL, campus);
        if (academie && (!region || dossier.cosignedBy(CoSignSide.ACADEMIE) == null)) {
            return Optional.of(CoSignSide.ACADEMIE);
        }
        return region ? Optional.of(CoSignSide.REGION) : Optional.empty();
    }
}
