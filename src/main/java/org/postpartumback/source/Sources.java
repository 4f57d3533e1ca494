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

	/** The two articles the facts come from. */
	public List<SourceView> articles() {
		return all.stream().filter(SourceView::isArticle).toList();
	}

	/** The public-health pages the warning signs and safety cautions follow. */
	public List<SourceView> safety() {
		return all.stream().filter(source -> source.kind() == SourceView.Kind.SAFETY).toList();
	}

	/** The other public pages single signs, cautions and claims were checked against. */
	public List<SourceView> checked() {
		return all.stream().filter(source -> source.kind() == SourceView.Kind.PUBLIC).toList();
	}

}
