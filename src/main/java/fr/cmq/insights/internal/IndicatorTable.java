package fr.cmq.insights.internal;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusRegister;
import fr.cmq.insights.Licence;
import fr.cmq.shared.DataVersion;
import fr.cmq.steering.OpenIndicators;
import fr.cmq.steering.OpenIndicators.PublishedMeasure;

/** The measures of the indicators the campuses publish with their tableau de bord. */
@Component
class IndicatorTable extends RowsOfCampuses<PublishedMeasure> {

    private static final About ABOUT = new About("indicateurs",
            "Indicateurs publiés par les campus des métiers et des qualifications",
            "Les mesures des indicateurs que chaque campus publie avec son tableau de bord, avec la cible de leur"
                    + " année ; les indicateurs que la plateforme compte elle-même n'y sont pas.",
            Licence.ETALAB_2_0, null, "campus_code, indicateur, date");

    private final OpenIndicators indicators;
    private final List<Column<Coded<PublishedMeasure>>> columns = List.of(
            Column.required("campus_code", "string", "Code du campus", "Code national du campus.", Coded::campusCode),
            Column.required("indicateur", "string", "Code de l'indicateur", "Code du catalogue national.",
                    row -> row.row().code()),
            Column.required("libelle", "string", "Indicateur", "Libellé de l'indicateur.", row -> row.row().label()),
            Column.required("unite", "string", "Unité", "Unité de la mesure.", row -> row.row().unit()),
            Column.required("date", "date", "Date", "Date de la mesure.", row -> row.row().measuredOn()),
            Column.required("valeur", "number", "Valeur", "Valeur mesurée.", row -> row.row().value()),
            Column.optional("cible", "number", "Cible de l'année", "Cible que le campus s'est fixée pour l'année.",
                    row -> row.row().target()));

    IndicatorTable(OpenIndicators indicators, CampusRegister campuses) {
        super(campuses);
        this.indicators = indicators;
    }

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public List<Column<Coded<PublishedMeasure>>> columns() {
        return columns;
    }

    @Override
    DataVersion rowsVersion() {
        return indicators.version();
    }

    @Override
    void eachRow(Consumer<PublishedMeasure> reader) {
        indicators.eachPublishedMeasure(reader);
    }

    @Override
    long campusOf(PublishedMeasure row) {
        return row.campusId();
    }
}
