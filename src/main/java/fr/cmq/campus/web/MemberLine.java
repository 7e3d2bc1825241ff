package fr.cmq.campus.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.Member;
import fr.cmq.shared.FrenchDates;

/**
 * An active member as a row of the network's table, its words made once here (type, role, the UAI's note, the date)
 * and read by name by the template, instead of a dozen expressions and messages a row. For the team that keeps the
 * network ({@code keeping}), the row shows the UAI and the contact; for visitors, the town and the presentation.
 */
record MemberLine(long id, String name, @Nullable String uai, @Nullable String uaiMissing, @Nullable String eple,
        @Nullable String presentation, String type, String role, @Nullable String reach, String since) {

    static List<MemberLine> of(CampusDetails campus, boolean keeping, MessageSource messages) {
        return campus.activeMembers().stream().map(member -> line(member, keeping, messages)).toList();
    }

    static MemberLine line(Member member, boolean keeping, MessageSource messages) {
        String reach = keeping ? Stream.of(member.contactName(), member.contactEmail()).filter(Objects::nonNull)
                .collect(Collectors.joining(" ")) : member.communeName();
        return new MemberLine(member.id(), member.name(), keeping ? member.uai() : null,
                member.uai() == null && member.organisationType().listedByUai()
                        ? message(messages, "campus.members.noUai") : null,
                member.eple() ? message(messages, "campus.members.eple") : null,
                keeping ? null : member.presentation(),
                message(messages, "orgtype." + member.organisationType()),
                message(messages, "networkrole." + member.networkRole()), reach, FrenchDates.day(member.joinedOn()));
    }

    private static String message(MessageSource messages, String key) {
        return messages.getMessage(key, null, Locale.FRANCE);
    }
}
