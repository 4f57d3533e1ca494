package org.postpartumback.guide;

import java.util.ArrayList;
import java.util.List;

import org.postpartumback.exercise.ExerciseView;
import org.postpartumback.exercise.Exercises;
import org.springframework.stereotype.Component;

/**
 * Every page of the guide, in reading order: the one list behind {@code /sitemap.xml} and the tests that visit
 * every page.
 */
@Component
public class SiteMap {

	private final List<String> paths;

	SiteMap(Exercises exercises) {
		List<String> all = new ArrayList<>(List.of("/", "/exercises"));
		exercises.all().stream().map(ExerciseView::path).forEach(all::add);
		all.addAll(List.of("/causes", "/relief", "/routine", "/routine/print", "/routine/session", "/when-to-get-help", "/about"));
		this.paths = List.copyOf(all);
	}

	public List<String> paths() {
		return paths;
	}

}
