package fr.cmq.campus;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A regional comité in the list of those a person reads: whether that person keeps it, whether its two named seats are
 * filled, its last meeting held and its next one planned.
 */
public record CommitteeSummary(String regionCode, String regionName, long campuses, boolean kept, boolean seatsNamed,
        @Nullable LocalDate lastMeeting, @Nullable LocalDate nextMeeting) {

    /** Neither held nor planned in the year of {@code today}. */
    public boolean noMeetingIn(LocalDate today) {
        return (lastMeeting == null || lastMeeting.getYear() != today.getYear())
                && (nextMeeting == null || nextMeeting.getYear() != today.getYear());
    }
}
