package org.postpartumback;

import java.security.SecureRandom;
import java.util.Collections;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.MethodOrdererContext;

/**
 * Test classes and methods run in a random order (junit-platform.properties), so a test that passes only after
 * another fails early. The seed is printed once; {@code -Dtest.seed=N} runs that order again. In the Maven build the
 * seed is the build's time, and surefire hands the classes to its two JVMs in an order drawn from the same seed
 * (pom.xml), so one number repeats a whole run.
 */
public final class RandomOrder implements ClassOrderer, MethodOrderer {

	static final long SEED = seed();

	private static long seed() {
		Long given = Long.getLong("test.seed");
		long seed = (given != null) ? given : new SecureRandom().nextLong();
		// Surefire also lists the classes inside Maven's own JVM, whose order is not the one that runs: not printed.
		if (given == null && System.getProperty("maven.home") != null) {
			return seed;
		}
		System.out.println("Tests in random order, seed " + seed + " (run this order again with -Dtest.seed=" + seed + ")");
		return seed;
	}

	@Override
	public void orderClasses(ClassOrdererContext context) {
		Collections.shuffle(context.getClassDescriptors(), new java.util.Random(SEED));
	}

	@Override
	public void orderMethods(MethodOrdererContext context) {
		Collections.shuffle(context.getMethodDescriptors(), new java.util.Random(SEED ^ context.getTestClass().getName().hashCode()));
	}

}
