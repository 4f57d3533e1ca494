package org.postpartumback.layout;

import org.postpartumback.language.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.postpartumback.exercise.Dose;
import org.postpartumback.exercise.ExerciseView;
import org.postpartumback.exercise.Exercises;
import org.postpartumback.urls.PublicUrls;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A page's schema.org description as JSON-LD: a {@code MedicalWebPage} about back pain, with the exercises as
 * {@code ExercisePlan}s and their dose where the articles give one. A review is claimed only when one is configured.
 */
final class StructuredData {

	private final JsonMapper json = JsonMapper.builder().build();

	private final PublicUrls urls;

	private final Exercises exercises;

	private final ReviewProperties review;

	private final MessageSource messages;

	private final LocalDate updatedOn;

	private final Language language;

	StructuredData(PublicUrls urls, Exercises exercises, ReviewProperties review, MessageSource messages,
			LocalDate updatedOn, Language language) {
		this.language = language;
		this.urls = urls;
		this.exercises = exercises;
		this.review = review;
		this.messages = messages;
		this.updatedOn = updatedOn;
	}

	/**
	 * The JSON-LD of a page. {@code exerciseSlug} names the exercise a page is about, {@code null} for other pages;
	 * the list of exercises, the routine and its guided session carry every exercise.
	 */
	String page(String title, String description, String path, String exerciseSlug) {
		ObjectNode page = json.createObjectNode();
		page.put("@context", "https://schema.org");
		page.put("@type", "MedicalWebPage");
		page.put("name", title);
		page.put("description", description);
		if (path != null) {
			page.put("url", urls.absolute(path, language));
		}
		page.put("inLanguage", language.code());
		page.put("dateModified", updatedOn.toString());
		ObjectNode about = page.putObject("about");
		about.put("@type", "MedicalCondition");
		about.put("name", message("structured.condition.name"));
		about.putArray("alternateName")
			.add(message("structured.condition.postpartum"))
			.add(message("structured.condition.backPain"));
		page.put("audience", "https://schema.org/Patient");
		ObjectNode publisher = page.putObject("publisher");
		publisher.put("@type", "Organization");
		publisher.put("name", message("site.name"));
		publisher.put("url", urls.base());
		if (review.configured()) {
			page.put("lastReviewed", review.reviewedOn().toString());
			ObjectNode reviewer = page.putObject("reviewedBy");
			reviewer.put("@type", "Person");
			reviewer.put("name", review.reviewerName());
			reviewer.put("jobTitle", review.reviewerRole());
		}
		List<ExerciseView> plans = plansOf(path, exerciseSlug);
		if (!plans.isEmpty()) {
			ArrayNode parts = page.putArray("hasPart");
			plans.forEach(exercise -> parts.add(plan(exercise)));
		}
		// A data block ends at the first "</script"; escaping every "<" keeps text from ever closing it.
		return json.writeValueAsString(page).replace("<", "\\u003c");
	}

	private List<ExerciseView> plansOf(String path, String exerciseSlug) {
		if (exerciseSlug != null) {
			return exercises.find(exerciseSlug).map(List::of).orElse(List.of());
		}
		// not the printout: it is the routine page laid out for paper, whose structured data carries them already,
		// and every byte of the printout's answer counts (docs/performance.md)
		if (path != null && (path.equals("/exercises") || path.startsWith("/routine"))
				&& !path.startsWith("/routine/print")) {
			return exercises.all();
		}
		return List.of();
	}

	private ObjectNode plan(ExerciseView exercise) {
		ObjectNode plan = json.createObjectNode();
		plan.put("@type", "ExercisePlan");
		plan.put("name", exercise.name());
		plan.put("description", exercise.summary());
		plan.put("url", urls.absolute(exercise.path(), language));
		plan.put("exerciseType", message(exercise.kind().labelKey()));
		if (!exercise.doses().isEmpty()) {
			List<String> words = new ArrayList<>();
			for (Dose dose : exercise.doses()) {
				words.add(words(dose));
			}
			plan.put("workload", String.join(" " + message("exercise.dose.or") + " ", words));
			Dose first = exercise.doses().get(0);
			if (first.hasReps()) {
				plan.put("repetitions", first.reps());
			}
			Dose hold = exercise.doses().stream().filter(Dose::hasHold).findFirst().orElse(null);
			if (hold != null) {
				ObjectNode duration = plan.putObject("activityDuration");
				duration.put("@type", "QuantitativeValue");
				duration.put("minValue", hold.holdMinSeconds());
				duration.put("maxValue", hold.holdIsRange() ? hold.holdMaxSeconds() : hold.holdMinSeconds());
				duration.put("unitCode", "SEC");
			}
		}
		return plan;
	}

	private String words(Dose dose) {
		List<String> parts = new ArrayList<>();
		if (dose.hasReps()) {
			parts.add(message("exercise.dose.reps", dose.reps()));
		}
		if (dose.hasHold()) {
			parts.add(dose.holdIsRange()
					? message("exercise.dose.holdRange", dose.holdMinSeconds(), dose.holdMaxSeconds())
					: message("exercise.dose.hold", dose.holdMinSeconds()));
		}
		if (dose.hasTempo()) {
			parts.add(message("exercise.dose.tempo", dose.tempoOutSeconds(), dose.tempoBackSeconds()));
		}
		if (dose.note() != null) {
			parts.add(dose.note());
		}
		return String.join(", ", parts);
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, language.locale());
	}

}
