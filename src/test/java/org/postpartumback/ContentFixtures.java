package org.postpartumback;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.postpartumback.cause.CauseView;
import org.postpartumback.cause.Causes;
import org.postpartumback.cause.Phase;
import org.postpartumback.check.Check;
import org.postpartumback.exercise.Dose;
import org.postpartumback.exercise.ExerciseKind;
import org.postpartumback.exercise.ExerciseView;
import org.postpartumback.exercise.Exercises;
import org.postpartumback.exercise.Goal;
import org.postpartumback.exercise.LongTermPlan;
import org.postpartumback.figure.Figures;
import org.postpartumback.guide.Guide;
import org.postpartumback.language.Addresses;
import org.postpartumback.language.Languages;
import org.postpartumback.language.Localized;
import org.postpartumback.language.TestLanguages;
import org.postpartumback.language.Translations;
import org.postpartumback.layout.ReviewProperties;
import org.postpartumback.layout.SiteMap;
import org.postpartumback.relief.Advice;
import org.postpartumback.relief.Category;
import org.postpartumback.relief.Relief;
import org.postpartumback.relief.ReliefTechniqueView;
import org.postpartumback.routine.RoutineContent;
import org.postpartumback.safety.SafetyNotes;
import org.postpartumback.session.Sessions;
import org.postpartumback.session.Timer;
import org.postpartumback.session.TimerKind;
import org.postpartumback.share.AppIcons;
import org.postpartumback.share.PreviewImages;
import org.postpartumback.share.QrCodes;
import org.postpartumback.source.SourceView;
import org.postpartumback.source.Sources;
import org.postpartumback.urls.PublicUrls;
import org.postpartumback.urls.SiteProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Small, hand-made content for the web slice tests: two exercises, two causes, two relief techniques. The real
 * content is tested against the Flyway-seeded database.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SiteProperties.class, ReviewProperties.class })
@Import({ PublicUrls.class, SiteMap.class, PreviewImages.class, QrCodes.class, RoutineContent.class, AppIcons.class })
public class ContentFixtures {

	public static final ExerciseView PRESS = new ExerciseView("wall-press", 1, "Wall press", ExerciseKind.STRENGTH,
			"Press your back into a wall.", "Mid back", "It balances the rounded posture.", "A wall", "Stand tall",
			List.of(new ExerciseView.Step("Stand with your back to a wall.", true),
					new ExerciseView.Step("Press for the count.", true)),
			List.of("Keep breathing."), List.of("A door instead of a wall"),
			List.of(new Dose(10, 1, 2, null, null, null), new Dose(null, 20, 30, null, null, null)), "Press, do not push",
			"Tucking the chin.", null, true, "Lean on the wall while feeding.", List.of(1), 1);

	public static final ExerciseView TWIST = new ExerciseView("floor-twist", 2, "Floor twist", ExerciseKind.MOBILITY,
			"Twist on the floor.", "Upper back rotation", "It gives back rotation.", null, null,
			List.of(new ExerciseView.Step("Kneel.", true), new ExerciseView.Step("Twist.", true)), List.of("Go slow."),
			List.of(), List.of(), "Rotate as far as is comfortable", null, "Stop if it hurts.", false, null,
			List.of(2), 1);

	@Bean
	Languages languages() {
		return TestLanguages.ENGLISH_ONLY;
	}

	@Bean
	Translations translations() {
		return TestLanguages.NONE;
	}

	@Bean
	Addresses addresses() {
		return TestLanguages.addresses();
	}

	@Bean
	Localized<Exercises> exercises() {
		return TestLanguages.english(english -> new Exercises(List.of(PRESS, TWIST), Map.of("old-press", "wall-press")));
	}

	@Bean
	Localized<Figures> figures() {
		return TestLanguages.english(english -> Figures.none());
	}

	@Bean
	Localized<Causes> causes() {
		return TestLanguages.english(english -> new Causes(List.of(new CauseView(1, "slouching", Phase.POSTPARTUM, "Slouching", "Feeding rounds you.", 1),
				new CauseView(2, "stiffness", Phase.PREGNANCY, "Stiffness", "The back stiffens.", 2))));
	}

	@Bean
	Localized<Relief> relief() {
		return TestLanguages.english(english -> new Relief(
				List.of(new ReliefTechniqueView("warmth", Category.AT_HOME, "Warmth", "Warm the back.", "10 minutes",
						"Not too hot.", true, List.of("Warm it."), 2),
						new ReliefTechniqueView("care", Category.PROFESSIONAL, "Care", "Get care.", null, null, false,
								List.of("Massage"), 1)),
				List.of(new Advice("Stand tall", "Think tall.", 2))));
	}

	@Bean
	Localized<LongTermPlan> longTermPlan() {
		return TestLanguages.english(english -> new LongTermPlan(List.of(new Goal("Strength", "Build it.", ExerciseKind.STRENGTH, 2),
				new Goal("Mobility", "Move it.", ExerciseKind.MOBILITY, 2))));
	}

	@Bean
	Localized<Sources> sources() {
		return TestLanguages.english(english -> new Sources(List.of(new SourceView(1, "A. Author", "A Clinic", "An article.", null, null, null, SourceView.Kind.ARTICLE),
				new SourceView(2, "A Blog", "A Blog", "Another article.", null, null, null,
						SourceView.Kind.ARTICLE),
				new SourceView(3, "A Health Agency", "A Health Agency (AHA)", "Warning signs.", "Warning signs page",
						"https://health.example/warning-signs", LocalDate.of(2026, 1, 1), SourceView.Kind.SAFETY)),
				LocalDate.of(2026, 1, 2)));
	}

	/** No rules and no red flags: the check's own pages are tested on the seeded content (CheckPageTests). */
	@Bean
	Localized<Check> check() {
		return TestLanguages.english(english -> new Check(List.of(), List.of(), List.of(), List.of(), "{}"));
	}

	@Bean
	Localized<Guide> guide() {
		return TestLanguages.english(english -> new Guide(List.of(new Guide.Step("Relieve", "Ease it first.", "/relief")),
				List.of(new Guide.Warning(Guide.Urgency.EMERGENCY, "Chest pain.", "Chest pain"),
						new Guide.Warning(Guide.Urgency.URGENT, "Fever.", "A fever"),
						new Guide.Warning(Guide.Urgency.URGENT, "A sore leg.", null),
						new Guide.Warning(Guide.Urgency.APPOINTMENT, "Pain at night."))));
	}

	@Bean
	Localized<SafetyNotes> safetyNotes() {
		return TestLanguages.english(english -> new SafetyNotes(Map.of("wall-press", new SafetyNotes.Note("Effort in your back.", "Stop if it stings.",
				List.of(new SafetyNotes.Caution("Ask first if you had a caesarean.", true),
						new SafetyNotes.Caution("Sore wrist? Lean on your forearm.", false))),
				"warmth", new SafetyNotes.Note("Calm warmth.", "Stop if it burns.",
						List.of(new SafetyNotes.Caution("Not while you hold your baby.", true))))));
	}

	@Bean
	Localized<Sessions> sessions() {
		return TestLanguages.english(english -> new Sessions(Map.of("warmth", new Timer(TimerKind.MINUTES, null, null, null, null, null, 10, 15, 20, null,
				List.of())), Set.of("floor-twist")));
	}

}
