/**
 * The one import engine every importer uses: a CSV file is streamed, each line checked by the importer, the accepted
 * lines copied into a staging table and applied in one transaction, and a report kept of the run and of each line
 * refused with its number and reason.
 */
@NullMarked
package fr.cmq.shared.importing;

import org.jspecify.annotations.NullMarked;
