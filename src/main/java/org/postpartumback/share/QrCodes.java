package org.postpartumback.share;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.springframework.stereotype.Component;

/**
 * QR codes (encoded by ZXing) as small black-and-white PNG data URIs, so a printout carries its own link without an
 * extra request.
 */
@Component
public class QrCodes {

	private static final int MODULE_PIXELS = 4;

	private static final int QUIET_ZONE_MODULES = 4;

	private static final int RECENT = 16;

	/**
	 * The last few codes made: a printout's code is its routine's canonical address, so a printout asked for at another
	 * form of that address (rendered, not kept) needs the same code again, and encoding it is a large part of the render
	 * (docs/performance.md).
	 */
	private final Map<String, String> recent = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
			return size() > RECENT;
		}
	});

	/** A {@code data:image/png;base64,…} URI of the QR code for {@code text}. */
	public String pngDataUri(String text) {
		return recent.computeIfAbsent(text, QrCodes::encode);
	}

	private static String encode(String text) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN,
							QUIET_ZONE_MODULES, EncodeHintType.CHARACTER_SET, "UTF-8"));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Text too long for a QR code: " + text.length() + " characters", ex);
		}
		int size = matrix.getWidth() * MODULE_PIXELS;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
		// one row of samples per row of modules (0 is black, 1 white in this image's palette), copied down
		WritableRaster raster = image.getRaster();
		int[] row = new int[size];
		for (int y = 0; y < size; y += MODULE_PIXELS) {
			for (int x = 0; x < size; x++) {
				row[x] = matrix.get(x / MODULE_PIXELS, y / MODULE_PIXELS) ? 0 : 1;
			}
			for (int dy = 0; dy < MODULE_PIXELS; dy++) {
				raster.setSamples(0, y + dy, size, 1, 0, row);
			}
		}
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(image));
	}

	/**
	 * The image as PNG, encoded in memory: {@code ImageIO.write} to a stream would buffer through a temporary file
	 * (its disk cache is on by default), which was most of a printout's rendering time.
	 */
	private static byte[] png(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			writer.write(image);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

}
