package org.postpartumback.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where the guide's content comes from and when it last changed, read once at start-up. Every feature credits its
 * sources from here, so this package depends on no other.
 */
public record Sources(List<SourceView> all, LocalDate updatedOn) {

	public Sources {
		all = List.copyOf(all);
	}

	public Optional<SourceView> find(int id) {
		return all.stream().filter(source -> source.id() == id).findFirst();
	}

}
