import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the services' databases (IF NOT EXISTS) when no mariadb/mysql command-line client is
 * installed. deploy/local/up.sh runs it as a single-file program with the MariaDB JDBC driver:
 *
 * <pre>MYSQL_HOST=.. MYSQL_PORT=.. MYSQL_USER=.. MYSQL_PASSWORD=.. \
 *   java -cp mariadb-java-client.jar deploy/local/CreateDatabases.java booking complaint ...</pre>
 */
public class CreateDatabases {

    public static void main(String[] args) throws SQLException {
        String host = env("MYSQL_HOST", "127.0.0.1");
        String port = env("MYSQL_PORT", "3306");
        String user = env("MYSQL_USER", "root");
        String password = env("MYSQL_PASSWORD", "");
        String url = "jdbc:mariadb://" + host + ":" + port + "/?allowPublicKeyRetrieval=true&connectTimeout=10000";
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            for (String database : args) {
                if (!database.matches("[A-Za-z0-9_]+")) {
                    throw new IllegalArgumentException("not a plain database name: " + database);
                }
                statement.execute("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4");
            }
        }
        System.out.println("databases present: " + String.join(" ", args));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
