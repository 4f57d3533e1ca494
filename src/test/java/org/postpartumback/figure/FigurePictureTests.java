package org.postpartumback.figure;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every figure painted with Java2D (as the PDF carries them), without captions, saved under
 * {@code target/figures/painted/}: each position in turn and, last, the whole movement in one picture, and that picture
 * alone ({@code -whole.png}): the one to show to a reader who has never seen the guide.
 */
@DataJpaTest
class FigurePictureTests {

	private static final Path PAINTED = Path.of("target", "figures", "painted");

	private final Figures figures;

	FigurePictureTests(FigureRepository figures, FigurePoseRepository poses) {
		this.figures = FigureContent.build(figures.findAllByOrderById(), poses.findAllByOrderByFigureIdAscPositionAsc(),
				(key, english) -> english);
	}

	@Test
	void everyFigurePaintsAsAPictureOfTheWholeMovement() throws IOException {
		Files.createDirectories(PAINTED);
		List<FigureView> all = Stream
			.concat(figures.exercises().values().stream(), figures.relief().values().stream())
			.toList();
		assertThat(all).hasSize(8);
		for (FigureView figure : all) {
			List<Drawing> positions = new ArrayList<>(figure.frames().stream().map(FigureView.Frame::drawing).toList());
			if (!figure.strip()) {
				positions.add(figure.summary().drawing());
			}
			BufferedImage strip = null;
			List<BufferedImage> images = new ArrayList<>();
			for (Drawing drawing : positions) {
				images.add(ImageIO.read(new ByteArrayInputStream(FigurePainter.png(drawing, 360, FigurePainter.LIGHT))));
			}
			int width = images.stream().mapToInt(BufferedImage::getWidth).sum() + 20 * images.size();
			strip = new BufferedImage(width, 360, BufferedImage.TYPE_INT_RGB);
			var g = strip.createGraphics();
			g.setColor(java.awt.Color.WHITE);
			g.fillRect(0, 0, width, 360);
			int x = 0;
			for (BufferedImage image : images) {
				g.drawImage(image, x, 0, null);
				x += image.getWidth() + 20;
			}
			g.dispose();
			Path file = PAINTED.resolve(figure.id().substring(4) + ".png");
			ImageIO.write(strip, "png", file.toFile());
			assertThat(Files.size(file)).as(figure.id()).isGreaterThan(2000);
			// The one picture that has to teach on its own: the whole movement (a strip: its small figures).
			Path whole = PAINTED.resolve(figure.id().substring(4) + "-whole.png");
			if (figure.strip()) {
				ImageIO.write(strip, "png", whole.toFile());
			}
			else {
				Files.write(whole, FigurePainter.png(figure.summary().drawing(), 360, FigurePainter.LIGHT));
			}
			assertThat(Files.size(whole)).as(figure.id()).isGreaterThan(2000);
		}
	}

}
