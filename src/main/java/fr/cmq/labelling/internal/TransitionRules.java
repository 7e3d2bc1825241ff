package fr.cmq.labelling.internal;

import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.cmq.identity.CampusScope;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.identity.Role;
import fr.cmq.labelling.CoSignSide;
import fr.cmq.labelling.DossierState;
import fr.cmq.labelling.NextStep;
import fr.cmq.labelling.Transition;

/**
 * Who may fire each transition of a dossier: the chef d'établissement support of the campus signs it off; the
 * académie's pilot co-signs for the recteur, the région's for the président de Région, either sends it back or records
 * an avis; the national administration opens the review, decides and withdraws. Signatures belong to their office: the
 * administration does not sign in the campus's or the territory's place. The one source of what a reader may fire
 * ({@link #allowed}) and of what falls to a user in its workspace ({@link #nextStep}).
 */
@Component
@RequiredArgsConstructor
class TransitionRules {

    /** Who co-signed the dossier already. */
    record Signatures(boolean academie, boolean region) {

        static Signatures of(DossierEntity dossier) {
            return new Signatures(dossier.cosignedBy(CoSignSide.ACADEMIE) != null,
                    dossier.cosignedBy(CoSignSide.REGION) != null);
        }

        boolean by(CoSignSide side) {
            return side == CoSignSide.ACADEMIE ? academie : region;
        }
    }

    /** Where a dossier stands, as far as what falls to someone next is concerned. */
    record Progress(int unanswered, int experts, int reportsMissing, @Nullable Boolean ownReviewPending,
            Signatures signed) {
    }

    private final Guard guard;

    /** The offices that fire the transition on a campus; none for the national administration's own steps. */
    private static List<Role> offices(Transition transition) {
        return switch (transition) {
            case DEPOSIT -> List.of(Role.CHEF_ETABLISSEMENT_SUPPORT);
            case COSIGN, SEND_BACK, RECORD_OPINION -> List.of(Role.PILOTE_ACADEMIQUE, Role.PILOTE_REGIONAL);
            case START_REVIEW, DECIDE, WITHDRAW -> List.of();
        };
    }

    boolean mayFire(@Nullable CmqUser user, Transition transition, CampusScope campus) {
        var offices = offices(transition);
        return offices.isEmpty() ? guard.administersNationally(user)
                : offices.stream().anyMatch(office -> guard.holds(user, office, campus));
    }

    /** @throws org.springframework.security.access.AccessDeniedException from the guard when this user may not fire it */
    void requireFire(CmqUser user, Transition transition, CampusScope campus) {
        var offices = offices(transition);
        if (offices.isEmpty()) {
            guard.requireNationalAdministration(user);
        } else {
            guard.requireOffice(user, campus, offices.toArray(Role[]::new));
        }
    }

    /** The side this pilot co-signs for: the académie's pilot for the recteur, the région's for the Région. */
    Optional<CoSignSide> sideOf(CmqUser user, CampusScope campus, Signatures signed) {
        boolean academie = guard.holds(user, Role.PILOTE_ACADEMIQUE, campus);
        boolean region = guard.holds(user, Role.PILOTE_REGIONAL, campus);
        if (academie && (!region || !signed.academie())) {
            return Optional.of(CoSignSide.ACADEMIE);
        }
        return region ? Optional.of(CoSignSide.REGION) : Optional.empty();
    }

    /** The transitions of the dossier's state this user may fire now: a co-signature once per side. */
    List<Transition> allowed(CmqUser user, DossierState state, CampusScope campus, Signatures signed) {
        return DossierEntity.from(state).stream().filter(t -> mayFire(user, t, campus))
                .filter(t -> t != Transition.COSIGN || mayCosign(user, campus, signed)).toList();
    }

    /** What falls to this user on a dossier in this state, from the same rules as {@link #allowed}. */
    Optional<NextStep.Kind> nextStep(CmqUser user, DossierState state, CampusScope campus, Progress progress) {
        return Optional.ofNullable(switch (state) {
            case BROUILLON, RENVOYE -> progress.unanswered() > 0
                    ? (guard.holds(user, Role.DIRECTEUR_OPERATIONNEL, campus) ? NextStep.Kind.COMPLETE : null)
                    : mayFire(user, Transition.DEPOSIT, campus) ? NextStep.Kind.DEPOSIT
                    : guard.holds(user, Role.DIRECTEUR_OPERATIONNEL, campus) ? NextStep.Kind.AWAIT_DEPOSIT : null;
            case DEPOSE -> mayFire(user, Transition.COSIGN, campus) && mayCosign(user, campus, progress.signed())
                    ? NextStep.Kind.COSIGN : null;
            case COSIGNE -> mayFire(user, Transition.RECORD_OPINION, campus) ? NextStep.Kind.OPINIONS : null;
            case AVIS_RECUEILLIS -> mayFire(user, Transition.START_REVIEW, campus) ? NextStep.Kind.EXPERTS : null;
            case EN_EXPERTISE -> Boolean.TRUE.equals(progress.ownReviewPending()) ? NextStep.Kind.REVIEW
                    : progress.experts() > 0 && progress.reportsMissing() == 0
                            && mayFire(user, Transition.DECIDE, campus) ? NextStep.Kind.DECIDE : null;
            case DECIDE, RETIRE -> null;
        });
    }

    private boolean mayCosign(CmqUser user, CampusScope campus, Signatures signed) {
        return sideOf(user, campus, signed).map(side -> !signed.by(side)).orElse(false);
    }
}
