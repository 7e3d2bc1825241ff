package fr.cmq.steering;

import java.util.Set;

/** Where an action of the plan stands. Done and abandoned are final. */
public enum ActionStatus {
    PREVUE,
    EN_COURS,
    TERMINEE,
    ABANDONNEE;

    /** The statuses an action may go to from this one. */
    public Set<ActionStatus> next() {
        return switch (this) {
            case PREVUE -> Set.of(EN_COURS, ABANDONNEE);
            case EN_COURS -> Set.of(TERMINEE, ABANDONNEE);
            case TERMINEE, ABANDONNEE -> Set.of();
        };
    }

    /** Still to be done: what can be late. */
    public boolean open() {
        return this == PREVUE || this == EN_COURS;
    }
}
