package fr.cmq.evaluation.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusDocuments;
import fr.cmq.campus.CampusGovernance;
import fr.cmq.campus.Member;
import fr.cmq.campus.OrganisationType;
import fr.cmq.evaluation.Evidence;
import fr.cmq.evaluation.FactKind;
import fr.cmq.shared.FrenchDates;
import fr.cmq.steering.SteeringFacts;

/**
 * The platform's facts of each kind a self-evaluation may count, as the report shows them: read from the modules that
 * keep them (counts, dates and presences, never private content), in a fixed number of queries.
 */
@Component
@RequiredArgsConstructor
class EvidenceReader {

    private static final String NONE = "—";

    private final CampusDocuments documents;
    private final CampusGovernance governance;
    private final SteeringFacts steering;

    Map<FactKind, Evidence> of(CampusDetails campus, LocalDate today) {
        var official = documents.of(campus.id());
        var instances = governance.of(campus.id());
        int year = today.getYear();
        var counts = steering.of(campus.id(), year);
        var members = campus.activeMembers();
        var evidence = new EnumMap<FactKind, Evidence>(FactKind.class);
        put(evidence, FactKind.CONVENTION, day(campus.conventionDate() != null ? campus.conventionDate()
                : official.conventionDate()), day(campus.missionLetterDate() != null ? campus.missionLetterDate()
                : official.missionLetterDate()));
        put(evidence, FactKind.INSTANCES, instances.size(),
                instances.stream().mapToInt(instance -> instance.meetings().size()).sum());
        put(evidence, FactKind.DIAGNOSTIC, counts.diagnostic() ? 1 : 0);
        put(evidence, FactKind.PLAN, counts.objectives(), counts.actions(), counts.actionsDone());
        put(evidence, FactKind.INDICATEURS, counts.measuredThisYear(), String.valueOf(year));
        put(evidence, FactKind.BUDGET, counts.fundedBudget() ? 1 : 0, String.valueOf(year - 1), String.valueOf(year));
        put(evidence, FactKind.PARTENAIRES, members.size(), of(members, OrganisationType.ENTREPRISE),
                of(members, OrganisationType.LABORATOIRE));
        put(evidence, FactKind.EVENEMENTS, counts.events(), String.valueOf(year));
        put(evidence, FactKind.OFFRE, campus.name());
        boolean inForce = campus.labelDaysLeft(today) != null && campus.labelStart() != null;
        put(evidence, FactKind.DOSSIER, inForce ? 1 : 0, day(campus.labelStart()), day(campus.labelEnd()),
                campus.labelNor() == null ? NONE : campus.labelNor());
        return evidence;
    }

    private static void put(Map<FactKind, Evidence> evidence, FactKind kind, Object... arguments) {
        evidence.put(kind, new Evidence(kind, "evidence." + kind.name(), List.of(arguments)));
    }

    private static long of(List<Member> members, OrganisationType type) {
        return members.stream().filter(member -> member.organisationType() == type).count();
    }

    private static String day(@Nullable LocalDate day) {
        return day == null ? NONE : FrenchDates.day(day);
    }
}
