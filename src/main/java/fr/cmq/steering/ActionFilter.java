package fr.cmq.steering;

import org.jspecify.annotations.Nullable;

/** Which actions of a plan to list: by objective, status, the member that pilots them, the late ones only. */
public record ActionFilter(@Nullable Long objectiveId, @Nullable ActionStatus status, @Nullable Long pilotMemberId,
        boolean lateOnly) {

    public static final ActionFilter ALL = new ActionFilter(null, null, null, false);
}
