package fr.cmq.directory;

import java.util.List;

/** The national list of filières, in its official order. */
public interface Filieres {

    List<Filiere> all();
}
