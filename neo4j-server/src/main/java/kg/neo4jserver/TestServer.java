package kg.neo4jserver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;

/**
 * A real Neo4j server (the neo4j-harness in-process server: the same DBMS, Bolt and HTTP stack as the
 * product) for kg's tests and benchmarks, listening on 127.0.0.1 only.
 *
 * <pre>
 * java -cp ... kg.neo4jserver.TestServer --dir DIR [--bolt-port N] [--http-port N] [--page-cache 64m]
 * </pre>
 *
 * Port 0 (the default) picks a free port. The store lives in DIR/data, so a server killed with
 * SIGKILL and started again on the same DIR recovers the same database. Authentication is off
 * unless the environment variable NEO4J_PASSWORD is set; then user "neo4j" has that password.
 * When the server answers, one line "READY bolt://127.0.0.1:P http://127.0.0.1:Q" goes to stdout.
 * SIGTERM (or SIGINT) shuts it down cleanly.
 */
public final class TestServer {

    private TestServer() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parse(args);
        Path dir = Path.of(required(opts, "--dir")).toAbsolutePath();
        int boltPort = Integer.parseInt(opts.getOrDefault("--bolt-port", "0"));
        int httpPort = Integer.parseInt(opts.getOrDefault("--http-port", "0"));
        long pageCache = ByteUnit.parse(opts.getOrDefault("--page-cache", "64m"));
        String password = System.getenv("NEO4J_PASSWORD");
        boolean auth = password != null && !password.isEmpty();

        Path data = dir.resolve("data");
        Path work = dir.resolve("work");
        Files.createDirectories(data);
        Files.createDirectories(work);

        Neo4j server = Neo4jBuilders.newInProcessBuilder(work)
                // The data directory is outside the harness's throw-away working folder so that it
                // survives a crash and a restart (the kill-and-reload test needs that).
                .withConfig(GraphDatabaseSettings.data_directory, data)
                .withConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .withConfig(GraphDatabaseSettings.auth_enabled, auth)
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .withConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
                .withConfig(HttpConnector.enabled, true)
                .withConfig(HttpConnector.listen_address, new SocketAddress("127.0.0.1", httpPort))
                .withConfig(HttpConnector.advertised_address, new SocketAddress("127.0.0.1", httpPort))
                .build();

        try {
            if (auth) {
                setPassword(server, password);
            }
        } catch (RuntimeException e) {
            server.close();
            e.printStackTrace();
            System.exit(1);
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } finally {
                stopped.countDown();
            }
        }, "kg-neo4j-shutdown"));

        System.out.println("READY " + server.boltURI() + " " + server.httpURI());
        System.out.flush();
        stopped.await();
    }

    /** Embedded access to the system database needs no login; this sets the one user's password. */
    private static void setPassword(Neo4j server, String password) {
        try {
            server.databaseManagementService()
                    .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                    .executeTransactionally(
                            "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                            Map.of("password", password));
        } catch (QueryExecutionException e) {
            // A restart on the same directory: the stored password is already this one.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                usage("bad argument: " + args[i]);
            }
            opts.put(args[i], args[i + 1]);
        }
        for (String key : opts.keySet()) {
            if (!key.matches("--(dir|bolt-port|http-port|page-cache)")) {
                usage("unknown option: " + key);
            }
        }
        return opts;
    }

    private static String required(Map<String, String> opts, String key) {
        String value = opts.get(key);
        if (value == null) {
            usage("missing " + key);
        }
        return value;
    }

    private static void usage(String problem) {
        System.err.println(problem + "; usage: TestServer --dir DIR [--bolt-port N] [--http-port N] [--page-cache SIZE]");
        System.exit(2);
    }
}
