package fr.cmq.steering;

/** A member of the network, named. */
public record MemberRef(long id, String name) {
}
