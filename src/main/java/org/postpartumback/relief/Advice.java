package org.postpartumback.relief;

/** A daily modification: a habit to change so the back is not aggravated. */
public record Advice(String title, String body, int sourceId) {
}
