package fr.cmq.shared.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * nginx in front of several instances of the platform, as an operator puts it: round-robin, no stickiness, the next
 * instance asked when one does not answer. Where nginx is not installed the tests that need it are skipped with a
 * message, except on CI, which installs it ({@code .ci/run}).
 */
public final class NginxBalancer implements AutoCloseable {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");

    private final Process process;
    private final int port;

    private NginxBalancer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts nginx on a free port, in front of the instances listening on these ports. */
    public static NginxBalancer inFrontOf(Path directory, int... instancePorts) throws Exception {
        boolean installed = Files.isExecutable(NGINX);
        if ("true".equals(System.getenv("CI"))) {
            assertThat(installed).as("CI must install nginx-light (see .ci/run)").isTrue();
        }
        assumeTrue(installed, "nginx is not installed (apt-get install nginx-light): the several-instances test is skipped");
        int port = PackagedPlatform.freePort();
        Files.createDirectories(directory.resolve("logs"));
        String servers = Arrays.stream(instancePorts)
                .mapToObj(instance -> "        server 127.0.0.1:" + instance + " max_fails=0;")
                .collect(Collectors.joining("\n"));
        Files.writeString(directory.resolve("nginx.conf"), """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log;
                events { worker_connections 256; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    client_max_body_size 20m;
                    upstream platform {
                %2$s
                    }
                    server {
                        listen 127.0.0.1:%3$d;
                        location / {
                            proxy_pass http://platform;
                            proxy_set_header Host $http_host;
                            proxy_next_upstream error timeout;
                            proxy_connect_timeout 2s;
                        }
                    }
                }
                """.formatted(directory, servers, port));
        var process = new ProcessBuilder(NGINX.toString(), "-p", directory.toString(), "-c",
                directory.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(directory.resolve("logs/nginx.out").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("nginx stopped: %s", Files.readString(directory.resolve("logs/nginx.out")))
                    .isTrue();
            try {
                new WebSession(port).get("/actuator/health");
                return new NginxBalancer(process, port);
            } catch (RuntimeException notYetListening) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("nginx did not listen within 10 s");
    }

    public String address() {
        return "http://localhost:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
