package fr.cmq.steering;

import java.time.Instant;

/** A validated budget reopened to change it: why, by whom, when. */
public record Amendment(String reason, String openedBy, Instant openedAt) {
}
