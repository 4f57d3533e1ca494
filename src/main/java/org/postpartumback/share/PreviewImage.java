package org.postpartumback.share;

/**
 * A link-preview image: the path it is served at (versioned, so it can be cached for a year), its size and its
 * alternative text.
 */
public record PreviewImage(String path, int width, int height, String alt) {
}
