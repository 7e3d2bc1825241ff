package fr.cmq.resilience;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 written by hand on a socket, for what an ordinary client refuses to send: a forged {@code Host}, or a body
 * announced far larger than what is sent, to see whether the platform answers before reading it.
 */
final class RawHttp {

    record Answer(int status, Map<String, String> headers, byte[] body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private RawHttp() {
    }

    /** A request of headers only (the Host among them, as given), answered whole. */
    static Answer send(int port, String method, String target, String... headers) {
        return send(port, method, target, new byte[0], -1, Duration.ofSeconds(30), headers);
    }

    /**
     * Sends the headers, announces {@code announced} bytes of body and sends only {@code sent}, then waits for an
     * answer at most {@code patience}: a platform that reads the body before answering is still waiting for the rest.
     */
    static Answer send(int port, String method, String target, byte[] sent, long announced, Duration patience,
            String... headers) {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout((int) patience.toMillis());
            var head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
            boolean hasHost = false;
            for (int i = 0; i < headers.length; i += 2) {
                head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
                hasHost |= headers[i].equalsIgnoreCase("Host");
            }
            if (!hasHost) {
                head.append("Host: localhost:").append(port).append("\r\n");
            }
            if (announced >= 0) {
                head.append("Content-Length: ").append(announced).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            var out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(sent);
            out.flush();
            return read(socket.getInputStream(), method.equals("HEAD"));
        } catch (SocketTimeoutException stillReading) {
            return new Answer(0, Map.of(), new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer read(InputStream in, boolean head) throws IOException {
        var headers = new TreeMap<String, String>();
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.merge(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip(),
                    (first, next) -> first + ", " + next);
        }
        if (head || status == 304 || status == 204) {
            return new Answer(status, headers, new byte[0]);
        }
        var body = new ByteArrayOutputStream();
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0;
                    size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        } else if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        } else {
            in.transferTo(body);
        }
        return new Answer(status, headers, body.toByteArray());
    }

    private static String line(InputStream in) throws IOException {
        var line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
