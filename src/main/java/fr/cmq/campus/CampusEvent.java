package fr.cmq.campus;

import java.time.LocalDate;

/**
 * What happens to a campus that other modules care about, published in the transaction that makes it happen. A
 * listener in another module runs once that transaction has committed; its publication is kept until it has run.
 */
public sealed interface CampusEvent {

    long campusId();

    record Created(long campusId) implements CampusEvent {}

    /** Anything its public page shows changed: the profile, the logo, the sites. */
    record ProfileChanged(long campusId) implements CampusEvent {}

    record Deleted(long campusId) implements CampusEvent {}

    record MemberJoined(long campusId, long memberId) implements CampusEvent {}

    /** A member's role or contact changed. */
    record MemberChanged(long campusId, long memberId) implements CampusEvent {}

    record MemberLeft(long campusId, long memberId, LocalDate on) implements CampusEvent {}
}
