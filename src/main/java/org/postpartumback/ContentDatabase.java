package org.postpartumback;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Closes the content database once the app is ready. Every catalogue is read from it while the app starts and nothing
 * reads it afterwards (no request touches a repository), so the in-memory H2 database, its connection pool and
 * Hibernate's caches would only hold memory (H2 alone about 1.3 MB of the live heap, docs/performance.md). Set
 * {@code site.content.close-database=false} to keep it open (a test that queries the seeded tables on the live app).
 */
@Component
class ContentDatabase {

	private static final Log logger = LogFactory.getLog(ContentDatabase.class);

	/** H2's error code for a database that is closed (org.h2.api.ErrorCode.DATABASE_CALLED_AT_SHUTDOWN). */
	private static final int DATABASE_CLOSED = 90121;

	private final ObjectProvider<EntityManagerFactory> entityManagers;

	private final ObjectProvider<DataSource> dataSources;

	private final Environment environment;

	ContentDatabase(ObjectProvider<EntityManagerFactory> entityManagers, ObjectProvider<DataSource> dataSources,
			Environment environment) {
		this.entityManagers = entityManagers;
		this.dataSources = dataSources;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void closeOnceReady() {
		// read when the app runs, not when Spring AOT processes the build
		if (!environment.getProperty("site.content.close-database", Boolean.class, true)) {
			return;
		}
		entityManagers.orderedStream().forEach(EntityManagerFactory::close);
		dataSources.orderedStream().forEach(ContentDatabase::shutDown);
		logger.info("Content read; the content database is closed");
	}

	/**
	 * {@code SHUTDOWN} drops the in-memory database (it outlives its connections); then the pool is closed. Closing the
	 * statement and connection after it fails (the database is gone), which is expected and ignored.
	 */
	private static void shutDown(DataSource dataSource) {
		Connection connection = null;
		Statement statement = null;
		try {
			connection = dataSource.getConnection();
			statement = connection.createStatement();
			statement.execute("SHUTDOWN");
		}
		catch (SQLException ex) {
			// H2 may report its own shutdown while it completes the command (90121, "database is already closed")
			if (ex.getErrorCode() != DATABASE_CLOSED) {
				logger.warn("The content database could not be shut down: " + ex.getMessage());
			}
		}
		finally {
			closeQuietly(statement);
			closeQuietly(connection);
		}
		if (dataSource instanceof AutoCloseable pool) {
			try {
				pool.close();
			}
			catch (Exception ex) {
				logger.warn("The content database's connection pool could not be closed: " + ex.getMessage());
			}
		}
	}

	private static void closeQuietly(AutoCloseable closeable) {
		if (closeable != null) {
			try {
				closeable.close();
			}
			catch (Exception ex) {
				// the database is shut down: nothing is left to close
			}
		}
	}

}
