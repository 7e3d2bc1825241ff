package fr.cmq.steering;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An event of a campus: what, when (local time in France), where (one of its sites, or an address), for whom, with
 * which members, under which action of the plan; how many came, once it is over. Only published ones are public.
 */
public record AgendaEvent(
        long id,
        long campusId,
        String campusName,
        EventKind kind,
        String title,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        @Nullable Long siteId,
        @Nullable String place,
        @Nullable String town,
        List<Audience> audiences,
        List<Integer> levels,
        @Nullable String description,
        @Nullable String registrationUrl,
        boolean published,
        @Nullable Integer attendance,
        @Nullable Long actionId,
        @Nullable String actionTitle,
        List<MemberRef> members,
        long version) {

    public AgendaEvent withMembers(List<MemberRef> involved) {
        return new AgendaEvent(id, campusId, campusName, kind, title, startsAt, endsAt, siteId, place, town, audiences,
                levels, description, registrationUrl, published, attendance, actionId, actionTitle, List.copyOf(involved),
                version);
    }

    /** The same event for the public: no action of the private plan, no attendance until it is over. */
    public AgendaEvent forThePublic() {
        return new AgendaEvent(id, campusId, campusName, kind, title, startsAt, endsAt, siteId, place, town, audiences,
                levels, description, registrationUrl, published, attendance, null, null, members, version);
    }
}
