package org.postpartumback.figure;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@DataJpaTest
class FigureContentTests {

	private final Figures figures;

	private final List<Figure> rows;

	private final List<FigurePose> poses;

	private final JdbcClient jdbc;

	FigureContentTests(FigureRepository figures, FigurePoseRepository poses, DataSource dataSource) {
		this.rows = figures.findAllByOrderById();
		this.poses = poses.findAllByOrderByFigureIdAscPositionAsc();
		this.figures = FigureContent.build(this.rows, this.poses, (key, english) -> english);
		this.jdbc = JdbcClient.create(dataSource);
	}

	@Test
	void everyExerciseHasAFigureOfAtLeastTwoPositionsEachTiedToOneOfItsSteps() {
		Map<String, List<Integer>> steps = steps(
				"SELECT e.slug, s.position FROM exercise e JOIN exercise_step s ON s.exercise_id = e.id");
		assertThat(steps).hasSize(5);
		steps.forEach((slug, positions) -> {
			FigureView figure = figures.exercise(slug);
			assertThat(figure).as(slug).isNotNull();
			assertThat(figure.frames()).as(slug).hasSizeGreaterThanOrEqualTo(2);
			assertThat(figure.frames()).extracting(FigureView.Frame::step).as(slug).allMatch(positions::contains);
		});
	}

	@Test
	void everyReliefTechniqueDoneWithTheBodyHasAFigureOfAtLeastTwoPositionsEachTiedToOneOfItsSteps() {
		Map<String, List<Integer>> steps = steps("SELECT t.slug, s.position FROM relief_technique t"
				+ " JOIN relief_step s ON s.technique_id = t.id WHERE t.category = 'AT_HOME'");
		assertThat(steps.keySet()).containsExactlyInAnyOrder("heat", "gentle-movement", "trigger-point-release");
		steps.forEach((slug, positions) -> {
			FigureView figure = figures.relief(slug);
			assertThat(figure).as(slug).isNotNull();
			assertThat(figure.frames()).as(slug).hasSizeGreaterThanOrEqualTo(2);
			assertThat(figure.frames()).extracting(FigureView.Frame::step).as(slug).allMatch(positions::contains);
		});
		assertThat(figures.relief("professional-care")).isNull();
	}

	@Test
	void everyBoneKeepsItsLengthInEveryPositionWithinTwoPercent() {
		Map<Integer, View> views = rows.stream().collect(Collectors.toMap(Figure::id, Figure::view));
		assertThat(poses).hasSizeGreaterThanOrEqualTo(16);
		for (FigurePose row : poses) {
			Pose pose = row.toPose(views.get(row.figureId()), (key, english) -> english);
			Skeleton body = new Skeleton(pose);
			for (Segment segment : Segment.values()) {
				double drawn = body.start(segment).distance(body.end(segment));
				double tilt = Math.toRadians(pose.tilts().getOrDefault(segment, 0.0));
				assertThat(drawn / Math.cos(tilt)).as("%s in pose %d", segment, row.position())
					.isCloseTo(segment.length, within(segment.length * 0.02));
			}
		}
	}

	@Test
	void theWrittenShapesKeepTheBonesLengthWithinTwoPercent() {
		// Bones not pointing out of the picture must show at full length in the SVG numbers themselves.
		Map<Integer, View> views = rows.stream().collect(Collectors.toMap(Figure::id, Figure::view));
		for (FigurePose row : poses) {
			Pose pose = row.toPose(views.get(row.figureId()), (key, english) -> english);
			Skeleton body = new Skeleton(pose);
			for (Segment segment : Segment.values()) {
				if (pose.tilts().containsKey(segment)) {
					continue;
				}
				Point start = rounded(body.start(segment));
				Point end = rounded(body.end(segment));
				assertThat(start.distance(end)).as("%s in pose %d", segment, row.position())
					.isCloseTo(segment.length, within(segment.length * 0.02));
			}
		}
	}

	@Test
	void everyFigureShowsItsMovingPartInTheMovingTone() {
		for (FigureView figure : all()) {
			assertThat(figure.frames().get(0).drawing().shapes()).as(figure.id())
				.anyMatch(shape -> shape.tone() == Tone.MOVING);
			assertThat(figure.frames().get(0).shapes()).as(figure.id()).contains("class=\"fa\"").doesNotContain("style");
		}
	}

	@Test
	void everyFigureIsDescribedInWordsAndLoopsAtALengthTheStylesheetKnows() {
		for (FigureView figure : all()) {
			assertThat(figure.description()).as(figure.id()).hasSizeGreaterThan(60);
			assertThat(figure.motion()).matches("fig-n[23] fig-d(6|8|10|12)|fig-strip fig-n[23]");
			assertThat(figure.frames()).allSatisfy(frame -> assertThat(frame.caption()).isNotBlank());
		}
		assertThat(figures.exercise("banded-as").motion()).as("5 s out and 5 s back").isEqualTo("fig-n2 fig-d10");
	}

	@Test
	void noPartOfTheBodyIsDrawnInsideAPropOrTheFloor() {
		// Resting on a prop presses into it a little (a back on a roller, a seat on a stool): up to 1.5% of height.
		Map<Integer, View> views = rows.stream().collect(Collectors.toMap(Figure::id, Figure::view));
		Map<Integer, java.util.Set<String>> highlights = rows.stream()
			.collect(Collectors.toMap(Figure::id, Figure::highlight));
		List<String> inside = new java.util.ArrayList<>();
		for (FigurePose row : poses) {
			Pose pose = row.toPose(views.get(row.figureId()), (key, english) -> english);
			List<Shape> body = BodyShapes.body(new Skeleton(pose), Geometry.moving(highlights.get(row.figureId())),
					highlights.get(row.figureId()));
			for (Solid solid : Solid.of(pose)) {
				for (Shape shape : body) {
					double depth = Solid.depth(solid, shape);
					if (depth > 1.5) {
						inside.add("figure %d position %d: %s %.1f deep in the %s".formatted(row.figureId(),
								row.position(), shape.tone(), depth, solid.name()));
					}
				}
			}
		}
		assertThat(inside).isEmpty();
	}

	@Test
	void theGeometryCheckFindsAHeadInsideTheCouch() {
		Pose pose = new Pose(1, "", View.SIDE, new Point(0, 30), java.util.Map.of(), java.util.Map.of(), 0,
				List.of(new Prop(Prop.Kind.COUCH, -10, 30, 44, 0)));
		Solid seat = Solid.of(pose).get(0);
		assertThat(Solid.depth(seat, new Shape.Disc(new Point(5, 28), HeadShapes.RADIUS, Tone.BODY)))
			.isGreaterThan(5);
		assertThat(Solid.depth(seat, new Shape.Disc(new Point(5, 40), HeadShapes.RADIUS, Tone.BODY)))
			.isLessThan(0);
	}

	private List<FigureView> all() {
		return java.util.stream.Stream.concat(figures.exercises().values().stream(), figures.relief().values().stream())
			.toList();
	}

	private static Point rounded(Point point) {
		return new Point(Double.parseDouble(SvgWriter.number(point.x())), Double.parseDouble(SvgWriter.number(point.y())));
	}

	private Map<String, List<Integer>> steps(String sql) {
		return jdbc.sql(sql)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

}
