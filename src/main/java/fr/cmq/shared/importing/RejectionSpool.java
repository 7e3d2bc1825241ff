package fr.cmq.shared.importing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The refused lines of a file, kept on disk while the accepted ones stream into PostgreSQL: the connection is busy
 * with COPY until the file ends, and a file may have millions of refused lines.
 */
final class RejectionSpool implements AutoCloseable {

    /** A reason longer than this is cut (it would only repeat a value of the line). */
    private static final int MAX_REASON_CHARACTERS = 1000;

    private final Path file;
    private final DataOutputStream out;
    private int count;

    RejectionSpool() {
        try {
            this.file = Files.createTempFile("import-rejections-", ".bin");
            this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(long line, String reason) {
        try {
            out.writeLong(line);
            out.writeUTF(reason.length() > MAX_REASON_CHARACTERS ? reason.substring(0, MAX_REASON_CHARACTERS) + "…" : reason);
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int count() {
        return count;
    }

    /** Hands the refused lines over in batches of {@code size}, in the order they were added. */
    void drain(int size, Consumer<List<Rejection>> batches) {
        try {
            out.flush();
            try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                var batch = new ArrayList<Rejection>(size);
                for (int i = 0; i < count; i++) {
                    batch.add(new Rejection(in.readLong(), in.readUTF()));
                    if (batch.size() == size) {
                        batches.accept(batch);
                        batch.clear();
                    }
                }
                if (!batch.isEmpty()) {
                    batches.accept(batch);
                }
            }
        } catch (EOFException e) {
            throw new IllegalStateException("The refused lines of an import were cut short on disk", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
