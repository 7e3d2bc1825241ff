package fr.cmq.campus;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A regional comité in the list of those a person reads: whether that person keeps it, whether its two named seats are
 * filled, its last meeting held, its next one planned, and how many held meetings still lack decisions or minutes.
 */
public record CommitteeSummary(String regionCode, String regionName, long campuses, boolean kept, boolean seatsNamed,
        @Nullable LocalDate lastMeeting, @Nullable LocalDate nextMeeting, long meetingsToComplete) {

    /** Neither held nor planned in the year of {@code today}. */
    public boolean noMeetingIn(LocalDate today) {
        return (lastMeeting == null || lastMeeting.getYear() != today.getYear())
                && (nextMeeting == null || nextMeeting.getYear() != today.getYear());
    }
}
