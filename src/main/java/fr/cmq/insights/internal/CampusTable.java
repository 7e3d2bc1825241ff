package fr.cmq.insights.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusRegister;
import fr.cmq.campus.RegisteredCampus;
import fr.cmq.insights.Licence;
import fr.cmq.shared.CmqProperties;
import fr.cmq.shared.DataVersion;

/** The national list of campuses, by their stable codes; their sites as points. */
@Component
class CampusTable implements OpenTable<RegisteredCampus>, OpenTable.WithPlaces {

    private final CampusRegister register;
    private final List<Column<RegisteredCampus>> columns;

    CampusTable(CampusRegister register, CmqProperties properties) {
        this.register = register;
        String site = properties.siteUrl();
        this.columns = List.of(
                Column.required("code", "string", "Code national",
                        "Identifiant stable du campus (CMQ- suivi de quatre chiffres ou plus), jamais réattribué.",
                        RegisteredCampus::code),
                Column.required("nom", "string", "Nom", "Nom du campus.", RegisteredCampus::name),
                Column.required("filiere_code", "string", "Code de la filière", "Filière économique (code).",
                        RegisteredCampus::filiereCode),
                Column.required("filiere", "string", "Filière", "Filière économique.", RegisteredCampus::filiere),
                Column.required("categorie", "string", "Catégorie", "CMQ ou EXCELLENCE (campus d'excellence).",
                        campus -> campus.category().name()),
                Column.required("statut", "string", "Statut",
                        "PROJET, LABELLISE, EN_RENOUVELLEMENT, EXPIRE ou RETIRE.", campus -> campus.status().name()),
                Column.optional("region_code", "string", "Code de la région", "Code INSEE de la région.",
                        RegisteredCampus::regionCode),
                Column.optional("region", "string", "Région", "Nom de la région.", RegisteredCampus::region),
                Column.optional("academies", "string", "Académies", "Académies du campus, séparées par des virgules.",
                        RegisteredCampus::academies),
                Column.optional("departements", "string", "Départements",
                        "Codes des départements du campus (trois caractères), séparés par des virgules.",
                        RegisteredCampus::departements),
                Column.optional("territoire", "string", "Territoire", "Le territoire tel que le campus le décrit.",
                        RegisteredCampus::territory),
                Column.optional("uai_support", "string", "UAI de l'établissement support",
                        "Code UAI de l'établissement support.", RegisteredCampus::supportUai),
                Column.optional("debut_label", "date", "Début du label", "Premier jour du label en cours.",
                        RegisteredCampus::labelStart),
                Column.optional("fin_label", "date", "Fin du label", "Dernier jour du label en cours.",
                        RegisteredCampus::labelEnd),
                Column.optional("site_web", "string", "Site web", "Site du campus.", RegisteredCampus::website),
                Column.required("membres", "integer", "Membres", "Nombre de membres actifs du réseau.",
                        RegisteredCampus::members),
                Column.required("entreprises", "integer", "Entreprises", "Dont entreprises.",
                        RegisteredCampus::companies),
                Column.required("page", "string", "Page du campus", "Adresse de la page publique du campus.",
                        campus -> site + "/campus/" + campus.id()),
                Column.required("date_maj", "datetime", "Dernière modification",
                        "Dernière modification de la fiche du campus.", RegisteredCampus::updatedAt));
    }

    private static final About ABOUT = new About("campus",
            "Campus des métiers et des qualifications — liste nationale",
            "Tous les campus des métiers et des qualifications, avec leur code national stable, leur filière, leur"
                    + " territoire, leur label et la taille de leur réseau ; leurs sites en points (GeoJSON).",
            Licence.ETALAB_2_0, null, "code");

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public List<Column<RegisteredCampus>> columns() {
        return columns;
    }

    @Override
    public DataVersion version() {
        return register.version();
    }

    @Override
    public void each(Consumer<RegisteredCampus> reader) {
        register.eachCampus(reader);
    }

    @Override
    public void eachPoint(Consumer<Point> reader) {
        register.eachSite(site -> {
            if (site.latitude() != null && site.longitude() != null) {
                var properties = new LinkedHashMap<String, @Nullable Object>();
                properties.put("campus_code", site.campusCode());
                properties.put("campus", site.campusName());
                properties.put("nom", site.name());
                properties.put("type", site.kind().name());
                properties.put("adresse", site.address());
                properties.put("commune", site.commune());
                properties.put("uai", site.uai());
                reader.accept(new Point(site.latitude(), site.longitude(), properties));
            }
        });
    }
}
