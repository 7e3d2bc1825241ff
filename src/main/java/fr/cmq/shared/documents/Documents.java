package fr.cmq.shared.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import fr.cmq.shared.CmqProperties;
import fr.cmq.shared.PlainText;

/**
 * The one way documents come in and go out: the size is limited, the type is proven by the content (never trusted
 * from the name or the browser, see {@link ContentProof}), the SHA-256 is kept. Who may read a document is decided by the module that refers to it.
 */
@Service
public class Documents {

    private static final DataClassRowMapper<StoredDocument> ROW = new DataClassRowMapper<>(StoredDocument.class);

    private final JdbcClient jdbc;
    private final DocumentStore store;
    private final long maxBytes;

    Documents(JdbcClient jdbc, DocumentStore store, CmqProperties properties) {
        this.jdbc = jdbc;
        this.store = store;
        this.maxBytes = properties.documents().maxSize().toBytes();
    }

    /**
     * Stores a document in the caller's transaction.
     *
     * @throws RejectedDocumentException when it is empty, too large or of a type the form does not accept
     */
    public StoredDocument add(String filename, InputStream content, AcceptedTypes accepted, String uploadedBy) {
        Path incoming = null;
        try {
            incoming = Files.createTempFile(store.incoming(), "document-", ".part");
            var digest = MessageDigest.getInstance("SHA-256");
            long size = copyAtMost(content, new DigestOutputStream(Files.newOutputStream(incoming), digest));
            if (size == 0) {
                throw new RejectedDocumentException(RejectedDocumentException.Reason.EMPTY);
            }
            if (size > maxBytes) {
                throw new RejectedDocumentException(RejectedDocumentException.Reason.TOO_LARGE,
                        maxBytes / (1024 * 1024));
            }
            String mediaType = ContentProof.mediaType(incoming);
            if (mediaType == null || !accepted.accepts(mediaType)) {
                throw new RejectedDocumentException(RejectedDocumentException.Reason.TYPE_NOT_ACCEPTED,
                        accepted.names());
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            String name = cleanName(filename);
            long id = jdbc.sql("""
                    insert into document (filename, media_type, size_bytes, sha256, uploaded_by)
                    values (:filename, :mediaType, :size, :sha256, :uploadedBy) returning id""")
                    .param("filename", name).param("mediaType", mediaType).param("size", size)
                    .param("sha256", sha256).param("uploadedBy", uploadedBy)
                    .query(Long.class).single();
            store.put(sha256, incoming);
            incoming = null;
            return find(id).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not receive document " + filename, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (incoming != null) {
                incoming.toFile().delete();
            }
        }
    }

    public Optional<StoredDocument> find(long id) {
        return jdbc.sql("select id, filename, media_type, size_bytes, sha256, uploaded_by, uploaded_at from document"
                + " where id = :id").param("id", id).query(ROW).optional();
    }

    /** Several documents in one query, by id; those that do not exist are absent. */
    public Map<Long, StoredDocument> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, filename, media_type, size_bytes, sha256, uploaded_by, uploaded_at from document"
                        + " where id in (:ids)").param("ids", ids).query(ROW).stream()
                .collect(Collectors.toMap(StoredDocument::id, Function.identity()));
    }

    public InputStream open(StoredDocument document) {
        return store.open(document.sha256());
    }

    /** Copies until one byte past the limit, so a huge upload is not written out whole before it is refused. */
    private long copyAtMost(InputStream content, OutputStream out) throws IOException {
        try (out) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = content.read(buffer)) != -1) {
                total += read;
                if (total > maxBytes) {
                    return total;
                }
                out.write(buffer, 0, read);
            }
            return total;
        }
    }

    /** The name without any folder, control character, direction mark or quote: safe in a header and on screen. */
    static String cleanName(String filename) {
        String clean = PlainText.fileName(filename).replace("\"", "");
        return clean.isEmpty() ? "document" : clean;
    }
}
