package org.postpartumback.pagestore;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One feature's declaration of the answers the page store keeps: each feature that has pages declares its own, as a
 * bean, in the original language; {@link PageStoreConfiguration} puts them together in every language.
 */
public interface KeptAddresses {

	/**
	 * The feature's routes whose page depends on its query string, each with the parameters it reads (a test fails
	 * when a controller reads parameters on a route not declared here). A route kept or not.
	 */
	Map<String, Set<String>> readsQuery();

	/** The addresses kept after their first answer: paths, or paths and query strings on the routes above. */
	List<String> kept();

}
