package org.postpartumback.share;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

@Controller
class PreviewImageController {

	private final PreviewImages previews;

	PreviewImageController(PreviewImages previews) {
		this.previews = previews;
	}

	@GetMapping("/previews/{name:[a-z0-9-]+}.png")
	ResponseEntity<byte[]> preview(@PathVariable String name) {
		byte[] png = previews.png(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.body(png);
	}

}
