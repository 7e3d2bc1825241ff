package fr.cmq.steering;

/** What changed in the steering of a campus, announced after the change is written. */
public sealed interface SteeringEvent {

    long campusId();

    /** A line, a contribution or the state of a year's budget changed. */
    record BudgetChanged(long campusId, int year) implements SteeringEvent {}

    record BudgetSubmitted(long campusId, int year) implements SteeringEvent {}

    record BudgetValidated(long campusId, int year) implements SteeringEvent {}

    record BudgetAmended(long campusId, int year, String reason) implements SteeringEvent {}

    /** An event of the campus was added, changed or removed, or its attendance recorded. */
    record AgendaChanged(long campusId) implements SteeringEvent {}

    /** A measure or a target of an indicator of the campus was recorded. */
    record IndicatorsChanged(long campusId) implements SteeringEvent {}

    /** An objective or an action of the plan was added, changed or removed. */
    record PlanChanged(long campusId) implements SteeringEvent {}

    /** An action of the plan got under way, was done or given up. */
    record ActionMoved(long campusId, String action, ActionStatus from, ActionStatus to) implements SteeringEvent {}
}
