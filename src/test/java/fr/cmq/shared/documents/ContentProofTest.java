package fr.cmq.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.cmq.shared.test.SampleFiles;

/** A type is accepted only when the content proves it; the upload corpus of the resilience suite. */
class ContentProofTest {

    @TempDir
    Path directory;

    @Test
    void provesTheTypesOfWellFormedFiles() throws IOException {
        assertThat(typeOf("logo.png", SampleFiles.png())).isEqualTo(ContentProof.PNG);
        assertThat(typeOf("photo", SampleFiles.jpeg())).isEqualTo(ContentProof.JPEG);
        assertThat(typeOf("convention.pdf", SampleFiles.PDF)).isEqualTo(ContentProof.PDF);
        assertThat(typeOf("convention.docx", SampleFiles.docx())).isEqualTo(ContentProof.DOCX);
        assertThat(typeOf("convention.odt", SampleFiles.odt())).isEqualTo(ContentProof.ODT);
    }

    @Test
    void provesNothingOfHostileFilesWhateverTheirNames() throws IOException {
        assertThat(typeOf("rand.png", SampleFiles.randomBytes())).as("random bytes").isNull();
        assertThat(typeOf("lettre.pdf", SampleFiles.pdfHeaderThenScript())).as("PDF header then script").isNull();
        assertThat(typeOf("logo.png", SampleFiles.pngThenHtml())).as("PNG then HTML").isNull();
        assertThat(typeOf("convention.docx", SampleFiles.zipBombDocx())).as("zip bomb").isNull();
        assertThat(typeOf("convention.odt", SampleFiles.mimetypeOnlyOdt())).as("an ODT's mimetype alone").isNull();
        byte[] truncated = SampleFiles.png();
        assertThat(typeOf("logo.png", java.util.Arrays.copyOf(truncated, truncated.length / 2))).as("cut PNG").isNull();
    }

    private String typeOf(String name, byte[] content) throws IOException {
        Path file = directory.resolve(name);
        Files.write(file, content);
        return ContentProof.mediaType(file);
    }
}
