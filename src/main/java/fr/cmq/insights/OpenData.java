package fr.cmq.insights;

import java.util.List;
import java.util.Optional;

/**
 * The platform's open data: the national list of campuses with their stable codes, their sites as points, the
 * networks' formations and the public events, each written to a file when its rows change and served from it.
 */
public interface OpenData {

    List<OpenDataset> datasets();

    /** The dataset's file in this format, written first if its rows changed since; empty for an unknown pair. */
    Optional<OpenFile> file(String name, OpenFormat format);
}
