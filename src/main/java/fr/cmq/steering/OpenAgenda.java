package fr.cmq.steering;

import java.util.function.Consumer;

import fr.cmq.shared.DataVersion;

/** The published events of every campus, past and coming, read whole for the open data. */
public interface OpenAgenda {

    /** Changes with any published event added, changed, withdrawn or removed. */
    DataVersion version();

    /** Every published event as the public reads it, soonest first, without the members it involves. */
    void eachPublished(Consumer<AgendaEvent> reader);
}
