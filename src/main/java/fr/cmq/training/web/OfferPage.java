package fr.cmq.training.web;

import static fr.cmq.identity.CampusAction.EDIT;

import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.Member;
import fr.cmq.campus.OrganisationType;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.training.Formation;
import fr.cmq.training.Formations;
import fr.cmq.training.LearnerStatus;
import fr.cmq.training.TrainingOffer;

/** The offer page of a campus, drawn again by whichever of its forms comes back with an error. */
@Component
@RequiredArgsConstructor
class OfferPage {

    /** The organisations that usually teach, of which one that delivers nothing is worth a look. */
    private static final Set<OrganisationType> TEACHING = Set.of(OrganisationType.LYCEE,
            OrganisationType.LYCEE_DES_METIERS, OrganisationType.CFA, OrganisationType.ENSEIGNEMENT_SUPERIEUR,
            OrganisationType.FORMATION_CONTINUE);

    private final TrainingOffer offer;
    private final Formations formations;
    private final Guard guard;

    String render(CampusDetails campus, CmqUser user, Model model) {
        long id = campus.id();
        var keepable = offer.membersKeptBy(user, campus);
        var all = formations.ofCampus(id);
        var delivering = all.stream().map(Formation::memberId).collect(Collectors.toSet());
        model.addAttribute("campus", campus);
        model.addAttribute("formations", all);
        model.addAttribute("keepable", keepable.stream().map(Member::id).collect(Collectors.toSet()));
        model.addAttribute("mayKeepAll", guard.may(user, EDIT, campus.scope()));
        model.addAttribute("coverage", OfferCoverage.of(all));
        model.addAttribute("withoutStatus", all.stream().filter(formation -> formation.statuses().isEmpty()).toList());
        model.addAttribute("idleMembers", campus.activeMembers().stream()
                .filter(member -> TEACHING.contains(member.organisationType()))
                .filter(member -> !delivering.contains(member.id())).toList());
        model.addAttribute("parcours", formations.parcoursOf(id));
        model.addAttribute("passerelles", formations.passerellesOf(id));
        model.addAttribute("stepFields", PathForms.stepFields());
        model.addAttribute("statuses", LearnerStatus.values());
        return "training/offer";
    }
}
