package fr.cmq.insights.internal;

import java.util.function.Consumer;

import fr.cmq.campus.CampusRegister;
import fr.cmq.shared.DataVersion;

/**
 * An open table whose rows belong to campuses, each named by its campus's national code: it changes when its rows
 * change and when the campuses do (a renamed campus).
 */
abstract class RowsOfCampuses<T> implements OpenTable<RowsOfCampuses.Coded<T>> {

    /** A row and its campus's national code. */
    record Coded<T>(T row, String campusCode) {
    }

    private final CampusRegister campuses;

    RowsOfCampuses(CampusRegister campuses) {
        this.campuses = campuses;
    }

    abstract DataVersion rowsVersion();

    abstract void eachRow(Consumer<T> reader);

    abstract long campusOf(T row);

    @Override
    public DataVersion version() {
        return rowsVersion().with(campuses.version());
    }

    @Override
    public void each(Consumer<Coded<T>> reader) {
        var codes = campuses.codes();
        eachRow(row -> reader.accept(new Coded<>(row, codes.get(campusOf(row)))));
    }
}
