package fr.cmq.insights;

/** The licences of the platform's open data: ours, and the one anything derived from ONISEP's data inherits. */
public enum Licence {

    ETALAB_2_0("etalab-2.0", "Licence Ouverte / Open Licence version 2.0",
            "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"),
    ODBL_1_0("odc-odbl", "Open Database License (ODbL) 1.0", "https://opendatacommons.org/licenses/odbl/1-0/");

    private final String id;
    private final String title;
    private final String url;

    Licence(String id, String title, String url) {
        this.id = id;
        this.title = title;
        this.url = url;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String url() {
        return url;
    }
}
