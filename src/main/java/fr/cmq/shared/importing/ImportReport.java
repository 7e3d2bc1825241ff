package fr.cmq.shared.importing;

import java.util.List;

/** A finished run with the lines it refused: the answer of the import API and command. */
public record ImportReport(ImportRun run, List<Rejection> rejections) {
}
