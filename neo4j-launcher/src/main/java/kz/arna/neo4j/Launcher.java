package kz.arna.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs Neo4j Community in this JVM with only a Bolt connector on loopback, so that
 * development, tests and the demo use the real database without Docker.
 *
 * <p>Usage: {@code Launcher --data DIR [--port N] [--pagecache SIZE]}. Port 0 binds a free
 * port; the bound one is printed on the ready line that the Node side waits for:
 * {@code ARNA_NEO4J_READY bolt://127.0.0.1:PORT}. SIGTERM shuts the database down cleanly.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    Path data = null;
    int port = 7687;
    String pageCache = "256m";
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (!name.equals("--data") && !name.equals("--port") && !name.equals("--pagecache")) {
        fail("unknown argument " + name);
      }
      if (i + 1 >= args.length) {
        fail(name + " needs a value");
      }
      String value = args[++i];
      switch (name) {
        case "--data" -> data = Path.of(value).toAbsolutePath();
        case "--port" -> port = portNumber(value);
        default -> pageCache = value;
      }
    }
    if (data == null) {
      fail("--data DIR is required");
    }

    DatabaseManagementService service =
        new DatabaseManagementServiceBuilder(data)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(HttpConnector.enabled, false)
            // Loopback-only development server; deployments use the official image with auth.
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(pageCache))
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ZERO)
            .build();

    Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown, "arna-neo4j-shutdown"));

    GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    ConnectorPortRegister ports = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
    var bolt = ports.getLocalAddress(ConnectorType.BOLT);
    System.out.println("ARNA_NEO4J_READY bolt://127.0.0.1:" + bolt.getPort());
    System.out.flush();
  }

  private static int portNumber(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    fail("--port needs a number from 0 to 65535, got " + value);
    return -1;
  }

  private static long parseBytes(String size) {
    String s = size.trim().toLowerCase();
    long unit = 1;
    if (s.endsWith("g")) {
      unit = 1L << 30;
    } else if (s.endsWith("m")) {
      unit = 1L << 20;
    } else if (s.endsWith("k")) {
      unit = 1L << 10;
    }
    String digits = unit == 1 ? s : s.substring(0, s.length() - 1);
    try {
      return Long.parseLong(digits) * unit;
    } catch (NumberFormatException e) {
      fail("--pagecache needs a size such as 512m or 1g, got " + size);
      return -1;
    }
  }

  private static void fail(String message) {
    System.err.println("arna-neo4j-launcher: " + message);
    System.exit(2);
  }
}
