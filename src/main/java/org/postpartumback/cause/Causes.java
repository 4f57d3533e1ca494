package org.postpartumback.cause;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The causes of upper-back pain, read once at start-up, in page order. */
public final class Causes {

	private final List<CauseView> all;

	private final Map<Phase, List<CauseView>> byPhase;

	public Causes(List<CauseView> all) {
		this.all = all.stream().sorted(Comparator.comparing(CauseView::phase)).toList();
		this.byPhase = Collections.unmodifiableMap(this.all.stream()
			.collect(Collectors.groupingBy(CauseView::phase, () -> new EnumMap<>(Phase.class), Collectors.toUnmodifiableList())));
	}

	/** The causes grouped by phase, phases in their natural order. */
	public Map<Phase, List<CauseView>> byPhase() {
		return byPhase;
	}

	public List<CauseView> withIds(Collection<Integer> ids) {
		return all.stream().filter(cause -> ids.contains(cause.id())).toList();
	}

}
