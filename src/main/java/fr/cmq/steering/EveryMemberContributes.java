package fr.cmq.steering;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import fr.cmq.campus.Member;

/**
 * "Les contributions doivent provenir de l'ensemble des acteurs": the members of the network during a year that made
 * no contribution that year. A promise is not a contribution; a member that left before the year, or joined after
 * it, owed nothing.
 */
public final class EveryMemberContributes {

    private EveryMemberContributes() {
    }

    public static List<MemberRef> membersWithout(List<Member> network, int year, List<Contribution> contributions) {
        Set<Long> contributing = contributions.stream().filter(contribution -> !contribution.planned())
                .map(Contribution::memberId).collect(Collectors.toSet());
        var firstDay = LocalDate.of(year, 1, 1);
        var lastDay = LocalDate.of(year, 12, 31);
        return network.stream()
                .filter(member -> !member.joinedOn().isAfter(lastDay))
                .filter(member -> member.leftOn() == null || !member.leftOn().isBefore(firstDay))
                .filter(member -> !contributing.contains(member.id()))
                .map(member -> new MemberRef(member.id(), member.name())).toList();
    }
}
