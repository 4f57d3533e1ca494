package org.postpartumback.routine;

/** A ready-made routine; its name and description are the message keys {@code routine.preset.<key>.*}. */
public record Preset(String key, Routine routine) {
}
