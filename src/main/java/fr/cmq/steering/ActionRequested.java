package fr.cmq.steering;

import java.time.LocalDate;

/**
 * Another module asks for an action in a campus's plan (a recommendation of an external evaluation): published by it,
 * written by the plan after its commit, once per {@code origin} whatever the number of deliveries. Declared here, on
 * the plan's side, so that the modules that ask depend on the plan and not the other way round.
 *
 * @param origin a key naming the request in its module, unique in the campus ({@code evaluation-recommendation:12})
 * @param originPath the page of the request, the action links back to it
 * @param title 300 characters at most; {@code pilotName} 200
 */
public record ActionRequested(long campusId, String origin, String originPath, String title, String description,
        String pilotName, LocalDate endsOn, String requestedBy) {
}
