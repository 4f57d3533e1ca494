package org.postpartumback.figure;

import org.postpartumback.language.Translator;
import org.postpartumback.language.Translations;
import org.postpartumback.language.Languages;
import org.postpartumback.language.Localized;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the figures from the Flyway-seeded tables once, at start-up, and draws them. */
@Configuration(proxyBeanMethods = false)
class FigureContent {

	/** The loop lengths and position counts site.css has classes for. */
	static final Set<Integer> LOOP_SECONDS = Set.of(6, 8, 10, 12);

	@Bean
	Localized<Figures> figures(FigureRepository figures, FigurePoseRepository poses, Languages languages,
			Translations translations) {
		List<Figure> all = figures.findAllByOrderById();
		List<FigurePose> allPoses = poses.findAllByOrderByFigureIdAscPositionAsc();
		return Localized.build(languages, translations, t -> build(all, allPoses, t));
	}

	static Figures build(List<Figure> figures, List<FigurePose> poses, Translator t) {
		Map<Integer, List<FigurePose>> byFigure = poses.stream()
			.collect(Collectors.groupingBy(FigurePose::figureId, LinkedHashMap::new, Collectors.toList()));
		Map<String, FigureView> exercises = new LinkedHashMap<>();
		Map<String, FigureView> relief = new LinkedHashMap<>();
		for (Figure figure : figures) {
			List<Pose> drawn = byFigure.getOrDefault(figure.id(), List.of())
				.stream()
				.map(pose -> pose.toPose(figure.view(), t))
				.toList();
			FigureView view = view(figure.subjectSlug(),
					t.row("figure", figure.id()).text("description", figure.description()), figure.loopSeconds(),
					figure.highlight(), drawn, figure.layout());
			(figure.subjectKind() == Figure.Subject.EXERCISE ? exercises : relief).put(figure.subjectSlug(), view);
		}
		return new Figures(exercises, relief);
	}

	static FigureView view(String slug, String description, int loopSeconds, Set<String> highlight,
			List<Pose> poses, Figure.Layout layout) {
		List<Geometry.Scene> scenes = new ArrayList<>();
		String motion;
		if (layout == Figure.Layout.STRIP) {
			if (poses.size() != 4 && poses.size() != 6) {
				throw new IllegalStateException("Figure " + slug + " needs 2 or 3 pairs of positions, not " + poses.size());
			}
			for (int i = 1; i < poses.size(); i += 2) {
				scenes.add(new Geometry.Scene(poses.get(i), poses.get(i - 1)));
			}
			motion = "fig-strip fig-n" + scenes.size();
		}
		else {
			if (poses.size() < 2 || poses.size() > 3 || !LOOP_SECONDS.contains(loopSeconds)) {
				throw new IllegalStateException("Figure " + slug + " needs 2 or 3 positions and a loop of "
						+ LOOP_SECONDS + " seconds, not " + poses.size() + " and " + loopSeconds);
			}
			// Each position over the outline of the one before it: the reader sees where the body came from.
			for (int i = 0; i < poses.size(); i++) {
				scenes.add(new Geometry.Scene(poses.get(i), i == 0 ? null : poses.get(i - 1)));
			}
			motion = "fig-n" + poses.size() + " fig-d" + loopSeconds;
		}
		int shown = scenes.size();
		if (layout != Figure.Layout.STRIP) {
			scenes.add(new Geometry.Scene(poses.get(poses.size() - 1), poses.get(0)));
		}
		List<Drawing> drawings = Geometry.draw(scenes, highlight);
		List<FigureView.Frame> frames = new ArrayList<>();
		for (int i = 0; i < drawings.size(); i++) {
			Pose pose = scenes.get(i).pose();
			frames.add(new FigureView.Frame(pose.step(), pose.caption(), SvgWriter.shapes(drawings.get(i)),
					drawings.get(i)));
		}
		return new FigureView("fig-" + slug, description, motion, SvgWriter.viewBox(drawings.get(0)),
				frames.subList(0, shown), frames.get(frames.size() - 1));
	}

}
