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

	/** {@code SHUTDOWN} drops the in-memory database (it outlives its connections); then the pool is closed. */
	private static void shutDown(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("SHUTDOWN");
		}
		catch (SQLException ex) {
			logger.warn("The content database could not be shut down: " + ex.getMessage());
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

}
