package org.postpartumback.relief;

import org.postpartumback.language.Translator;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

@Entity
class ReliefTechnique {

	@Id
	private Integer id;

	private String slug;

	private int position;

	@Enumerated(EnumType.STRING)
	private Category category;

	private String name;

	private String summary;

	private String dose;

	private String caution;

	private boolean inRoutine;

	private int sourceId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "relief_step", joinColumns = @JoinColumn(name = "technique_id"))
	@OrderBy("position")
	@Fetch(FetchMode.SUBSELECT)
	private List<Step> steps = new ArrayList<>();

	protected ReliefTechnique() {
	}

	ReliefTechniqueView toView(Translator t) {
		Translator.Row row = t.row("relief_technique", slug);
		return new ReliefTechniqueView(slug, category, row.text("name", name), row.text("summary", summary),
				row.text("dose", dose), row.text("caution", caution), inRoutine,
				steps.stream().map(step -> t.row("relief_step", slug + "." + step.position).text("text", step.text)).toList(),
				sourceId);
	}

	@Embeddable
	static class Step {

		private int position;

		private String text;

	}

}
