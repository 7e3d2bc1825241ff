package fr.cmq.shared.importing;

/** How far a running import has gone: bytes of the file read, lines read. */
public record ImportProgress(long bytesRead, long totalBytes, long linesRead) {

    public int percent() {
        return totalBytes <= 0 ? 0 : (int) Math.min(100, bytesRead * 100 / totalBytes);
    }
}
