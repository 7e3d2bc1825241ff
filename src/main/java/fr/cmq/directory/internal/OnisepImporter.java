package fr.cmq.directory.internal;

import static fr.cmq.shared.importing.CsvColumn.optional;
import static fr.cmq.shared.importing.CsvColumn.required;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.cmq.directory.Level;
import fr.cmq.shared.RncpCode;
import fr.cmq.shared.importing.CsvColumn;
import fr.cmq.shared.importing.CsvImporter;
import fr.cmq.shared.importing.ImportTarget;
import fr.cmq.shared.importing.CsvRow;
import fr.cmq.shared.importing.RejectedRowException;

/**
 * Certifications from ONISEP's « Idéo-formations initiales en France » (ODbL), keyed by the ONISEP formation id of
 * their link ({@code FOR.6913}). The level is read from « libellé niveau RNCP » (« niveau 5 (bac + 2) »), or else
 * from the old numbering of « niveau RNCP ».
 */
@Component
class OnisepImporter implements CsvImporter {

    private static final String LINK = "lien site onisep.fr";
    private static final String TITLE = "libellé formation principal";
    private static final Pattern FORMATION_ID = Pattern.compile("(FOR\\.\\d+)");
    private static final Pattern LEVEL_LABEL = Pattern.compile("niveau ([3-8])\\b");

    private static final List<CsvColumn> COLUMNS = List.of(
            required(LINK), required(TITLE),
            optional("code CNIS"), optional("sigle type formation"), optional("libellé type formation"),
            optional("sigle formation"), optional("durée"), optional("code RNCP"), optional("niveau RNCP"),
            optional("libellé niveau RNCP"), optional("tutelle"), optional("domaine/sous-domaine"));

    private static final String TYPED = """
            onisep_id, title, acronym, type_acronym, type_label, duration, rncp_code, level::int,
            rncp_registered::boolean, tutelle, onisep_url, domains, cnis_code""";

    @Override
    public String kind() {
        return "onisep";
    }

    @Override
    public String label() {
        return "ONISEP — formations initiales";
    }

    @Override
    public List<CsvColumn> columns() {
        return COLUMNS;
    }

    @Override
    public ImportTarget target() {
        return new ImportTarget("certification", TYPED, "onisep_id", "Formation ONISEP");
    }

    @Override
    public List<@Nullable String> stage(CsvRow row) {
        String link = row.require(LINK);
        Matcher id = FORMATION_ID.matcher(link);
        if (!id.find()) {
            throw new RejectedRowException("lien ONISEP « " + link + " » sans identifiant de formation (FOR.…)");
        }
        String rncp = row.get("code RNCP");
        Level level = level(row);
        return Arrays.asList(
                id.group(1),
                row.require(TITLE),
                row.get("sigle formation"),
                row.get("sigle type formation"),
                row.get("libellé type formation"),
                row.get("durée"),
                rncp == null ? null : RncpCode.parse(rncp).value(),
                level == null ? null : Integer.toString(level.number()),
                Boolean.toString(rncp != null || level != null),
                row.get("tutelle"),
                link,
                row.get("domaine/sous-domaine"),
                row.get("code CNIS"));
    }

    private static @Nullable Level level(CsvRow row) {
        String label = row.get("libellé niveau RNCP");
        if (label != null) {
            Matcher matcher = LEVEL_LABEL.matcher(label);
            if (matcher.find()) {
                return Level.of(Integer.parseInt(matcher.group(1))).orElseThrow();
            }
        }
        String old = row.get("niveau RNCP");
        if (old == null) {
            return null;
        }
        try {
            return Level.fromOnisepRncpLevel(Integer.parseInt(old)).orElse(null);
        } catch (NumberFormatException e) {
            throw new RejectedRowException("niveau RNCP « " + old + " » n'est pas un nombre");
        }
    }
}
